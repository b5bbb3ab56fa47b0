using Regional.Finance.Pools;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Owners;

/// <summary>One pool of a municipality's year with its expected settlement, as the pool's grain holds it.</summary>
internal sealed record PoolShare(Pool Pool, PoolExpectation Expected);

/// <summary>
/// A municipality's share of each pool of a year, read from the pools' grains (from memory, current with every
/// posting) instead of recomputing key and sums from the ledger on every view.
/// </summary>
internal sealed class LiveShares(PoolService pools, IGrainFactory grains, TenantContext tenants)
{
    public async Task<IReadOnlyList<PoolShare>> OfAsync(Guid municipalityId, int year, CancellationToken cancellationToken = default)
    {
        var region = tenants.Required.RegionId;
        var ofYear = (await pools.ListAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.Year == year);
        return await Task.WhenAll(ofYear.Select(async pool => new PoolShare(pool, await ClusterFaults.RetryAsync(
            () => grains.GetGrain<IPoolGrain>(new PoolOwner(region, pool.ProductGroup, pool.Domain, pool.Year).Key).ExpectedAsync(municipalityId),
            cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
    }

}
