using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Regional.Host.Security;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Tenancy;

/// <summary>
/// Turns (user, region code) into the tenant scope: none when the user has no right in the region,
/// all members for regional roles, only the user's own municipality for municipality-bound roles.
/// </summary>
public sealed class RegionAccessResolver(KernelDbContext db, TenantContext tenants)
{
    public async Task<RegionAccess?> ResolveAsync(ClaimsPrincipal user, string regionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(regionCode);
        var region = await FindRegionAsync(regionCode.ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
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
        var municipalities = wholeRegion
            ? await MemberIdsAsync(region.Id, cancellationToken).ConfigureAwait(false)
            : grants.Select(g => g.MunicipalityId!.Value).ToHashSet();
        var roles = grants.Select(g => g.Role).ToHashSet();
        return new RegionAccess(region, roles, new TenantScope(region.Id, municipalities) { SeesWholeRegion = wholeRegion }, admin);
    }

    private async Task<Region?> FindRegionAsync(string code, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HashSet<Guid>> MemberIdsAsync(Guid regionId, CancellationToken cancellationToken)
    {
        // Memberships are region-owned rows: readable once the region alone is the tenant.
        using var scope = tenants.Begin(TenantScope.RegionOnly(regionId));
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return [.. await db.Memberships.Select(m => m.MunicipalityId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false)];
    }
}
