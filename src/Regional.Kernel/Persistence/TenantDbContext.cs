using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Auditing;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Persistence;

/// <summary>
/// Base of every module's DbContext. Tenancy is enforced twice: query filters here, row-level
/// security in PostgreSQL underneath. New tenant rows are stamped with the current region and
/// checked against it (never overwritten); every change is written to the audit log.
/// </summary>
public abstract class TenantDbContext(DbContextOptions options, TenantContext tenants, ICurrentActor actor, TimeProvider clock)
    : DbContext(options)
{
    private static readonly MethodInfo RegionFilterMethod =
        typeof(TenantDbContext).GetMethod(nameof(RegionFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly MethodInfo MunicipalityFilterMethod =
        typeof(TenantDbContext).GetMethod(nameof(MunicipalityFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>Read by the query filters each time a query runs; empty when there is no tenant.</summary>
    protected Guid CurrentRegionId => tenants.Current?.RegionId ?? Guid.Empty;

    protected Guid[] CurrentMunicipalityIds => tenants.Current?.MunicipalityIds.ToArray() ?? [];

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: changes are audited in the same transaction.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        var audit = AuditTrail.Capture(ChangeTracker, actor, clock.GetUtcNow());
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        await using (ownTransaction)
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            await AuditTrail.WriteAsync(this, audit, cancellationToken).ConfigureAwait(false);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return written;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // Ids are made by the application (UUIDv7), so a new child added to a tracked parent's
        // collection must count as new, not as an existing row to update.
        foreach (var key in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetKeys()).SelectMany(k => k.Properties).Where(p => p.ClrType == typeof(Guid)))
        {
            key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IRegionOwned).IsAssignableFrom(e.ClrType)))
        {
            var method = typeof(IMunicipalityOwned).IsAssignableFrom(entity.ClrType) ? MunicipalityFilterMethod : RegionFilterMethod;
            var filter = (LambdaExpression)method.MakeGenericMethod(entity.ClrType).Invoke(this, null)!;
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(filter);
        }
    }

    private Expression<Func<T, bool>> RegionFilter<T>()
        where T : IRegionOwned =>
        row => row.RegionId == CurrentRegionId;

    private Expression<Func<T, bool>> MunicipalityFilter<T>()
        where T : IMunicipalityOwned =>
        row => row.RegionId == CurrentRegionId && CurrentMunicipalityIds.Contains(row.MunicipalityId);

    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<IRegionOwned>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var scope = tenants.Required;
            var row = entry.Entity;
            if (entry.State == EntityState.Added && row.RegionId == Guid.Empty)
            {
                row.RegionId = scope.RegionId;
            }

            if (row.RegionId != scope.RegionId || entry.Property(r => r.RegionId).IsModified)
            {
                throw new TenantMismatchException(
                    $"{entry.Metadata.ClrType.Name} belongs to region {row.RegionId}, but the current tenant is {scope.RegionId}.");
            }

            if (row is IMunicipalityOwned owned && !scope.MunicipalityIds.Contains(owned.MunicipalityId))
            {
                throw new TenantMismatchException(
                    $"{entry.Metadata.ClrType.Name} belongs to municipality {owned.MunicipalityId}, which the current user may not change.");
            }
        }
    }
}
