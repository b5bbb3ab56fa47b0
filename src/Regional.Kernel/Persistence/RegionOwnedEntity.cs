namespace Regional.Kernel.Persistence;

/// <summary>
/// Base of a region-owned row: an id made by the application (UUIDv7, so inserts stay in index order)
/// and the owning region, stamped by <see cref="TenantDbContext"/> when the row is added.
/// </summary>
public abstract class RegionOwnedEntity : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RegionId { get; set; }
}
