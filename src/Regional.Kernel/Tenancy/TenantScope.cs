namespace Regional.Kernel.Tenancy;

/// <summary>
/// What the current unit of work may see: one region, and within it the municipalities whose own
/// rows are visible (all members for a regional user, one for a municipality user).
/// </summary>
public sealed record TenantScope(Guid RegionId, IReadOnlySet<Guid> MunicipalityIds)
{
    /// <summary>
    /// False for a municipality-bound user: region-level rows that speak of members (the audit log, import jobs)
    /// are then hidden. Background work and regional roles see the whole region.
    /// </summary>
    public bool SeesWholeRegion { get; init; } = true;

    public static TenantScope RegionOnly(Guid regionId) => new(regionId, new HashSet<Guid>());
}
