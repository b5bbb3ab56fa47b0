using System.Security.Claims;
using Regional.Host.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Tenancy;

/// <summary>The regions a user may enter: all for the platform administrator, else those of their roles.</summary>
public static class RegionList
{
    public static async Task<IReadOnlyList<Region>> VisibleToAsync(ClaimsPrincipal user, RegionDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(directory);
        var regions = await directory.RegionsAsync(cancellationToken).ConfigureAwait(false);
        if (user.IsPlatformAdministrator())
        {
            return regions;
        }

        var granted = user.Grants().Select(g => g.RegionId).ToHashSet();
        return regions.Where(r => granted.Contains(r.Id)).ToList();
    }
}
