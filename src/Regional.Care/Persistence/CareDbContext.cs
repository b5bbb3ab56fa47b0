using Microsoft.EntityFrameworkCore;
using Regional.Care.Assignments;
using Regional.Care.Declarations;
using Regional.Care.Jobs;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Care.Persistence;

/// <summary>Care's tables (schema <c>care</c>): assignments, declarations with their lines and the volume accepted per assignment, the region's declaration rules, import jobs.</summary>
internal sealed class CareDbContext(DbContextOptions<CareDbContext> options, TenantContext tenants, ICurrentActor actor, TimeProvider clock)
    : TenantDbContext(options, tenants, actor, clock)
{
    internal const string Schema = "care";

    internal DbSet<Assignment> Assignments => Set<Assignment>();

    internal DbSet<Declaration> Declarations => Set<Declaration>();

    internal DbSet<DeclarationLine> DeclarationLines => Set<DeclarationLine>();

    internal DbSet<AcceptedVolume> AcceptedVolumes => Set<AcceptedVolume>();

    internal DbSet<DeclarationSettings> DeclarationSettings => Set<DeclarationSettings>();

    internal DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    internal DbSet<ImportJobChunk> ImportJobChunks => Set<ImportJobChunk>();

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
        modelBuilder.Entity<Declaration>(e =>
        {
            e.ToTable("declarations");
            e.Property(d => d.Domain).HasConversion<string>();
            e.Property(d => d.Format).HasConversion<string>();
            e.Property(d => d.TotalDeclared).HasPrecision(14, 2);
            e.Property(d => d.TotalAccepted).HasPrecision(14, 2);
            e.Ignore(d => d.RejectedCount);
            e.HasIndex(d => new { d.RegionId, d.ProviderId, d.MessageId }).IsUnique();
            e.HasIndex(d => new { d.RegionId, d.ProviderId, d.Number }).IsUnique();
            e.HasIndex(d => new { d.RegionId, d.MunicipalityId, d.PeriodStart });
            e.HasIndex(d => d.ReceivedAt).HasFilter("posted_at IS NULL").HasDatabaseName("ix_declarations_unposted");
        });
        modelBuilder.Entity<DeclarationLine>(e =>
        {
            e.ToTable("declaration_lines");
            e.HasKey(l => new { l.DeclarationId, l.Position });
            e.Property(l => l.Tariff).HasPrecision(14, 2);
            e.Property(l => l.Amount).HasPrecision(14, 2);
            e.Ignore(l => l.SignedAmount);
            e.HasOne<Declaration>().WithMany().HasForeignKey(l => l.DeclarationId);
            e.Property(l => l.Domain).HasConversion<string>();
            e.HasIndex(l => new { l.RegionId, l.ProviderId, l.MunicipalityId, l.Domain, l.Reference }).IsUnique().HasFilter("accepted")
                .HasDatabaseName("ix_declaration_lines_accepted_reference");
        });
        modelBuilder.Entity<AcceptedVolume>(e =>
        {
            e.ToTable("assignment_volumes");
            e.HasKey(v => v.AssignmentId);
        });
        modelBuilder.Entity<DeclarationSettings>(e =>
        {
            e.ToTable("declaration_settings");
            e.HasIndex(s => s.RegionId).IsUnique();
        });
        modelBuilder.Entity<ImportJob>(e =>
        {
            e.ToTable("import_jobs");
            e.Property(j => j.Kind).HasConversion<string>();
            e.Property(j => j.Status).HasConversion<string>();
            e.HasIndex(j => new { j.RegionId, j.CreatedAt });
        });
        modelBuilder.Entity<ImportJobChunk>(e =>
        {
            e.ToTable("import_job_chunks");
            e.HasKey(c => new { c.JobId, c.Sequence });
            e.HasOne<ImportJob>().WithMany().HasForeignKey(c => c.JobId);
        });
        SnakeCaseNames.Apply(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}
