using System.Security.Claims;
using Regional.Host.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Tenancy;

/// <summary>
/// Turns (user, region code) into the tenant scope: none when the user has no right in the region,
/// all members for regional roles, only the user's own municipality for municipality-bound roles.
/// </summary>
public sealed class RegionAccessResolver(RegionDirectory directory, TenantContext tenants)
{
    public async Task<RegionAccess?> ResolveAsync(ClaimsPrincipal user, string regionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(regionCode);
        var region = await directory.RegionAsync(regionCode, cancellationToken).ConfigureAwait(false);
        if (region is null)
        {
            return null;
        }

        var admin = user.IsPlatformAdministrator();
        var grants = user.Grants().Where(g => g.RegionId == region.Id).ToList();
        if (!admin && grants.Count == 0)
        {
            return null;
        }

        var wholeRegion = admin || grants.Any(g => g.MunicipalityId is null);
        IReadOnlySet<Guid> municipalities = wholeRegion
            ? (await directory.WholeRegionScopeAsync(tenants, region.Id, cancellationToken).ConfigureAwait(false)).MunicipalityIds
            : grants.Select(g => g.MunicipalityId!.Value).ToHashSet();
        var roles = grants.Select(g => g.Role).ToHashSet();
        return new RegionAccess(region, roles, new TenantScope(region.Id, municipalities) { SeesWholeRegion = wholeRegion }, admin);
    }
}
