namespace Regional.Kernel.Persistence;

/// <summary>A row owned by one region: it carries <c>region_id</c> and an RLS policy on it.</summary>
public interface IRegionOwned
{
    Guid RegionId { get; set; }
}

/// <summary>
/// A row owned by one municipality within a region (budgets, assignments, declarations):
/// the policy also checks <c>municipality_id</c> against the municipalities the user may see.
/// </summary>
public interface IMunicipalityOwned : IRegionOwned
{
    Guid MunicipalityId { get; }
}
