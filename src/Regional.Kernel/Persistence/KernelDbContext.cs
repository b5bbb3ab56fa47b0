using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Auditing;
using Regional.Kernel.Events;
using Regional.Kernel.Identity;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Persistence;

/// <summary>The kernel's own tables (schema <c>kernel</c>): tenancy, identity, the audit log and the outbox of integration events.</summary>
public sealed class KernelDbContext(DbContextOptions<KernelDbContext> options, TenantContext tenants, ICurrentActor actor, TimeProvider clock)
    : TenantDbContext(options, tenants, actor, clock)
{
    public const string Schema = "kernel";

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<RegionMembership> Memberships => Set<RegionMembership>();

    public DbSet<AccessTeam> AccessTeams => Set<AccessTeam>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<SignInEvent> SignInEvents => Set<SignInEvent>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Region>(e =>
        {
            e.ToTable("regions");
            e.HasIndex(r => r.Code).IsUnique();
        });
        modelBuilder.Entity<Municipality>(e =>
        {
            e.ToTable("municipalities");
            e.HasIndex(m => m.CbsCode).IsUnique();
        });
        modelBuilder.Entity<RegionMembership>(e =>
        {
            e.ToTable("region_memberships");
            e.Ignore(m => m.Period);
            e.Property(m => m.Domain).HasConversion<string>();
            e.HasIndex(m => new { m.RegionId, m.MunicipalityId, m.Domain, m.ValidFrom }).IsUnique().HasDatabaseName("ux_region_memberships_start");
        });
        modelBuilder.Entity<AccessTeam>(e =>
        {
            e.ToTable("access_teams");
            e.Property(t => t.Domain).HasConversion<string>();
            e.HasIndex(t => new { t.RegionId, t.MunicipalityId, t.Domain, t.Name }).IsUnique();
        });
        modelBuilder.Entity<User>(e =>
        {
            e.ToTable("users");
            e.HasIndex(u => u.UserName).IsUnique();
            e.Property(u => u.SecurityStamp).HasDefaultValueSql("gen_random_uuid()").ValueGeneratedOnAdd();
            e.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId);
        });
        modelBuilder.Entity<RoleAssignment>(e =>
        {
            e.ToTable("role_assignments");
            e.Property(r => r.Role).HasConversion<string>();
            e.HasIndex(r => new { r.UserId, r.Role, r.RegionId, r.MunicipalityId }).IsUnique().AreNullsDistinct(false);
        });
        modelBuilder.Entity<SignInEvent>(e =>
        {
            e.ToTable("sign_in_events");
            e.HasIndex(s => new { s.UserName, s.OccurredAt });
        });
        modelBuilder.Entity<UserSession>(e =>
        {
            e.ToTable("user_sessions");
            e.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_log");
            e.Property(a => a.Changes).HasColumnType("jsonb");
            e.HasIndex(a => new { a.RegionId, a.OccurredAt });
            e.HasQueryFilter(a => a.RegionId == CurrentRegionId);
        });
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.Property(m => m.Payload).HasColumnType("jsonb");
            e.HasIndex(m => m.CreatedAt).HasFilter("delivered_at IS NULL").HasDatabaseName("ix_outbox_messages_waiting");
        });
        SnakeCaseNames.Apply(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}
