namespace Regional.Kernel.Tenancy;

/// <summary>
/// What the current unit of work may see: one region, and within it the municipalities whose own
/// rows are visible (all members for a regional user, one for a municipality user).
/// </summary>
public sealed record TenantScope(Guid RegionId, IReadOnlySet<Guid> MunicipalityIds)
{
    public static TenantScope RegionOnly(Guid regionId) => new(regionId, new HashSet<Guid>());
}
