using Microsoft.EntityFrameworkCore;
using Regional.Finance.Budgets;
using Regional.Finance.Commitments;
using Regional.Finance.Ledger;
using Regional.Finance.Pools;
using Regional.Finance.Population;
using Regional.Finance.Settlements;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Persistence;

/// <summary>Finance's tables (schema <c>finance</c>): the ledger, pools with their keys, settlements.</summary>
internal sealed class FinanceDbContext(DbContextOptions<FinanceDbContext> options, TenantContext tenants, ICurrentActor actor, TimeProvider clock)
    : TenantDbContext(options, tenants, actor, clock)
{
    internal const string Schema = "finance";

    internal DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    internal DbSet<Posting> Postings => Set<Posting>();

    internal DbSet<Pool> Pools => Set<Pool>();

    internal DbSet<PoolKeyComponent> PoolKeyComponents => Set<PoolKeyComponent>();

    internal DbSet<PoolKeyInput> PoolKeyInputs => Set<PoolKeyInput>();

    internal DbSet<Settlement> Settlements => Set<Settlement>();

    internal DbSet<PopulationFigure> PopulationFigures => Set<PopulationFigure>();

    internal DbSet<Budget> Budgets => Set<Budget>();

    internal DbSet<BudgetAmendment> BudgetAmendments => Set<BudgetAmendment>();

    internal DbSet<SettlementLineRow> SettlementLines => Set<SettlementLineRow>();

    internal DbSet<Commitment> Commitments => Set<Commitment>();

    internal DbSet<BudgetSettings> BudgetSettings => Set<BudgetSettings>();

    internal DbSet<CostClient> CostClients => Set<CostClient>();

    /// <summary>
    /// The care costs of municipalities' clients (own and pooled) that occurred between two dates: what
    /// budgets, historical-cost keys and thresholds per municipality count (clients are in <see cref="CostClients"/>).
    /// </summary>
    internal IQueryable<CareCost> CareCosts(DateOnly from, DateOnly to) =>
        Postings.Where(p => p.MunicipalityId != null && (p.Account == Accounts.OwnCosts || p.Account == Accounts.PooledCosts))
            .Join(JournalEntries.Where(j => j.OccurredOn >= from && j.OccurredOn <= to), p => p.EntryId, j => j.Id,
                (p, j) => new CareCost
                {
                    MunicipalityId = p.MunicipalityId!.Value, ProductGroup = p.ProductGroup, Domain = p.Domain, OccurredOn = j.OccurredOn, Amount = p.Amount,
                });

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<JournalEntry>(e =>
        {
            e.ToTable("journal_entries");
            e.HasIndex(j => new { j.RegionId, j.IdempotencyKey }).IsUnique();
            e.HasMany(j => j.Postings).WithOne().HasForeignKey(p => p.EntryId);
        });
        modelBuilder.Entity<Posting>(e =>
        {
            e.ToTable("postings");
            e.Property(p => p.Amount).HasPrecision(14, 2);
            e.Property(p => p.Domain).HasConversion<string>();
            // Covering: a pool's settlement sums its postings from the index alone, without visiting the heap.
            // Both partial: the payable side of every entry belongs to no municipality or pool and is never looked up by them.
            e.HasIndex(p => new { p.RegionId, p.PoolId, p.Account, p.MunicipalityId }).IncludeProperties(p => p.Amount).HasFilter("pool_id IS NOT NULL");
            e.HasIndex(p => new { p.RegionId, p.MunicipalityId, p.Account }).HasFilter("municipality_id IS NOT NULL");
        });
        modelBuilder.Entity<CostClient>(e =>
        {
            e.ToTable("cost_clients");
            e.HasKey(c => new { c.RegionId, c.ProductGroup, c.Domain, c.Year, c.MunicipalityId, c.ClientRef });
            e.Property(c => c.Domain).HasConversion<string>();
            e.Property(c => c.Amount).HasPrecision(14, 2);
        });
        modelBuilder.Entity<Pool>(e =>
        {
            e.ToTable("pools", t => t.HasCheckConstraint("ck_pools_fraction", "fraction IS NULL OR (fraction > 0 AND fraction < 1)"));
            e.Ignore(p => p.Name);
            e.Property(p => p.Domain).HasConversion<string>();
            e.Property(p => p.Arrangement).HasConversion<string>();
            e.Property(p => p.Funding).HasConversion<string>();
            e.Property(p => p.PooledCost).HasPrecision(14, 2);
            e.HasIndex(p => new { p.RegionId, p.ProductGroup, p.Domain, p.Year }).IsUnique();
            e.HasMany(p => p.Components).WithOne().HasForeignKey(c => c.PoolId);
            e.HasMany(p => p.Inputs).WithOne().HasForeignKey(i => i.PoolId);
        });
        modelBuilder.Entity<PoolKeyComponent>(e =>
        {
            e.ToTable("pool_key_components");
            e.Property(c => c.Basis).HasConversion<string>();
            e.HasIndex(c => new { c.RegionId, c.PoolId, c.Basis }).IsUnique();
        });
        modelBuilder.Entity<PoolKeyInput>(e =>
        {
            e.ToTable("pool_key_inputs");
            e.Property(i => i.Basis).HasConversion<string>();
            e.HasIndex(i => new { i.RegionId, i.PoolId, i.MunicipalityId, i.Basis }).IsUnique();
        });
        modelBuilder.Entity<Settlement>(e =>
        {
            e.ToTable("settlements");
            e.Property(s => s.Status).HasConversion<string>();
            e.Property(s => s.PooledCost).HasPrecision(14, 2);
            e.HasIndex(s => new { s.RegionId, s.PoolId });
            e.HasIndex(s => new { s.RegionId, s.PoolId, s.Sequence }).IsUnique().HasFilter("status = 'Posted'");
            e.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SettlementId);
        });
        modelBuilder.Entity<SettlementLineRow>(e =>
        {
            e.ToTable("settlement_lines");
            e.Property(l => l.Obligation).HasPrecision(14, 2);
            e.Property(l => l.Borne).HasPrecision(14, 2);
            e.Property(l => l.PreviouslySettled).HasPrecision(14, 2);
            e.Property(l => l.Amount).HasPrecision(14, 2);
            e.HasIndex(l => new { l.RegionId, l.SettlementId, l.MunicipalityId }).IsUnique();
        });
        modelBuilder.Entity<PopulationFigure>(e =>
        {
            e.ToTable("population_figures");
            e.HasIndex(p => new { p.RegionId, p.ReferenceDate, p.MunicipalityId }).IsUnique();
        });
        modelBuilder.Entity<Budget>(e =>
        {
            e.ToTable("budgets");
            e.Ignore(b => b.Name);
            e.Property(b => b.Domain).HasConversion<string>();
            e.Property(b => b.Amount).HasPrecision(14, 2);
            e.HasIndex(b => new { b.RegionId, b.MunicipalityId, b.Year, b.Domain }).IsUnique().AreNullsDistinct(false);
        });
        modelBuilder.Entity<BudgetAmendment>(e =>
        {
            e.ToTable("budget_amendments");
            e.Property(a => a.Amount).HasPrecision(14, 2);
            e.HasIndex(a => new { a.RegionId, a.IdempotencyKey }).IsUnique();
            e.HasIndex(a => new { a.RegionId, a.BudgetId });
        });
        modelBuilder.Entity<Commitment>(e =>
        {
            e.ToTable("commitments");
            e.Property(c => c.Domain).HasConversion<string>();
            e.Property(c => c.Amount).HasPrecision(14, 2);
            e.HasIndex(c => new { c.RegionId, c.SourceKey, c.Year }).IsUnique();
            e.HasIndex(c => new { c.RegionId, c.MunicipalityId, c.Year });
        });
        modelBuilder.Entity<BudgetSettings>(e =>
        {
            e.ToTable("budget_settings", t => t.HasCheckConstraint("ck_budget_settings_warn_at_percent", "warn_at_percent > 0 AND warn_at_percent <= 200"));
            e.Property(s => s.WarnAtPercent).HasPrecision(5, 2);
            e.HasIndex(s => s.RegionId).IsUnique();
        });
        SnakeCaseNames.Apply(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}
