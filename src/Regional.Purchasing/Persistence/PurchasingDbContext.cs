using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Procedures;
using Regional.Purchasing.Providers;
using Regional.Purchasing.Solidarity;
using Regional.Purchasing.Tariffs;

namespace Regional.Purchasing.Persistence;

/// <summary>Joint purchasing's tables (schema <c>purchasing</c>); every one is region-owned under RLS.</summary>
internal sealed class PurchasingDbContext(DbContextOptions<PurchasingDbContext> options, TenantContext tenants, ICurrentActor actor, TimeProvider clock)
    : TenantDbContext(options, tenants, actor, clock)
{
    internal const string Schema = "purchasing";

    internal DbSet<Product> Products => Set<Product>();

    internal DbSet<Provider> Providers => Set<Provider>();

    internal DbSet<ProviderContact> ProviderContacts => Set<ProviderContact>();

    internal DbSet<Procedure> Procedures => Set<Procedure>();

    internal DbSet<ProcedureProduct> ProcedureProducts => Set<ProcedureProduct>();

    internal DbSet<Requirement> Requirements => Set<Requirement>();

    internal DbSet<Admission> Admissions => Set<Admission>();

    internal DbSet<Assessment> Assessments => Set<Assessment>();

    internal DbSet<Contract> Contracts => Set<Contract>();

    internal DbSet<ContractProduct> ContractProducts => Set<ContractProduct>();

    internal DbSet<ContractExtension> ContractExtensions => Set<ContractExtension>();

    internal DbSet<Tariff> Tariffs => Set<Tariff>();

    internal DbSet<SolidarityDecision> SolidarityDecisions => Set<SolidarityDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Product>(e =>
        {
            e.ToTable("products");
            e.Property(p => p.Domain).HasConversion<string>();
            e.Property(p => p.Unit).HasConversion<string>();
            e.HasIndex(p => new { p.RegionId, p.Code }).IsUnique();
            e.HasIndex(p => new { p.RegionId, p.Domain, p.CategoryCode, p.NationalCode }).IsUnique();
        });
        modelBuilder.Entity<Provider>(e =>
        {
            e.ToTable("providers");
            e.HasIndex(p => new { p.RegionId, p.AgbCode }).IsUnique();
            e.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.ProviderId);
        });
        modelBuilder.Entity<ProviderContact>(e => e.ToTable("provider_contacts").HasIndex(c => new { c.RegionId, c.ProviderId }));
        modelBuilder.Entity<Procedure>(e =>
        {
            e.ToTable("procedures");
            e.Property(p => p.Kind).HasConversion<string>();
            e.Property(p => p.Domain).HasConversion<string>();
            e.Property(p => p.Admission).HasConversion<string>();
            e.HasIndex(p => new { p.RegionId, p.Name }).IsUnique();
            e.HasMany(p => p.Products).WithOne().HasForeignKey(p => p.ProcedureId);
            e.HasMany(p => p.Requirements).WithOne().HasForeignKey(r => r.ProcedureId);
        });
        modelBuilder.Entity<ProcedureProduct>(e => e.ToTable("procedure_products").HasIndex(p => new { p.RegionId, p.ProcedureId, p.ProductId }).IsUnique());
        modelBuilder.Entity<Requirement>(e =>
        {
            e.ToTable("requirements");
            e.Property(r => r.Level).HasConversion<string>();
            e.HasIndex(r => new { r.RegionId, r.ProcedureId });
        });
        modelBuilder.Entity<Admission>(e =>
        {
            e.ToTable("admissions");
            e.Property(a => a.Decision).HasConversion<string>();
            e.HasIndex(a => new { a.RegionId, a.ProcedureId, a.ProviderId });
            e.HasMany(a => a.Assessments).WithOne().HasForeignKey(a => a.AdmissionId);
        });
        modelBuilder.Entity<Assessment>(e => e.ToTable("assessments").HasIndex(a => new { a.RegionId, a.AdmissionId, a.RequirementId }).IsUnique());
        modelBuilder.Entity<Contract>(e =>
        {
            e.ToTable("contracts", t => t.HasCheckConstraint("ck_contracts_term", "ends_on >= starts_on"));
            e.Ignore(c => c.Term);
            e.HasIndex(c => new { c.RegionId, c.Number }).IsUnique();
            e.HasIndex(c => new { c.RegionId, c.ProviderId });
            e.HasMany(c => c.Products).WithOne().HasForeignKey(p => p.ContractId);
            e.HasMany(c => c.Extensions).WithOne().HasForeignKey(x => x.ContractId);
        });
        modelBuilder.Entity<ContractProduct>(e => e.ToTable("contract_products").HasIndex(p => new { p.RegionId, p.ContractId, p.ProductId }).IsUnique());
        modelBuilder.Entity<ContractExtension>(e => e.ToTable("contract_extensions").HasIndex(x => new { x.RegionId, x.ContractId }));
        modelBuilder.Entity<Tariff>(e =>
        {
            e.ToTable("tariffs", t =>
            {
                t.HasCheckConstraint("ck_tariffs_amount_positive", "amount > 0");
                t.HasCheckConstraint("ck_tariffs_period", "valid_to >= valid_from");
            });
            e.Ignore(t => t.Period);
            e.Ignore(t => t.CostPrice);
            e.Property(t => t.Amount).HasPrecision(12, 2);
            e.HasIndex(t => new { t.RegionId, t.ProductId, t.ValidFrom });
        });
        modelBuilder.Entity<SolidarityDecision>(e =>
        {
            e.ToTable("solidarity_decisions", t => t.HasCheckConstraint(
                "ck_solidarity_decisions_fraction", "fraction IS NULL OR (fraction > 0 AND fraction < 1)"));
            e.Property(d => d.Arrangement).HasConversion<string>();
            e.Property(d => d.ThresholdBasis).HasConversion<string>();
            e.Property(d => d.DistributionKey).HasConversion<string>();
            e.HasIndex(d => new { d.RegionId, d.Year });
        });
        SnakeCaseNames.Apply(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}
