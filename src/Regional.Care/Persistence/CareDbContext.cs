using Microsoft.EntityFrameworkCore;
using Regional.Care.Assignments;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Care.Persistence;

/// <summary>Care's tables (schema <c>care</c>): assignments, and later the declarations against them.</summary>
public sealed class CareDbContext(DbContextOptions<CareDbContext> options, TenantContext tenants, ICurrentActor actor, TimeProvider clock)
    : TenantDbContext(options, tenants, actor, clock)
{
    public const string Schema = "care";

    public DbSet<Assignment> Assignments => Set<Assignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Assignment>(e =>
        {
            e.ToTable("assignments");
            e.Property(a => a.Unit).HasConversion<string>();
            e.Property(a => a.Frequency).HasConversion<string>();
            e.Property(a => a.Tariff).HasPrecision(14, 2);
            e.Property(a => a.Commitment).HasPrecision(14, 2);
            e.HasIndex(a => new { a.RegionId, a.Reference }).IsUnique();
            e.HasIndex(a => new { a.RegionId, a.ClientHash });
        });
        SnakeCaseNames.Apply(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}
