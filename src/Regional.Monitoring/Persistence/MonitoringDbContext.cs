using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Monitoring.Goals;
using Regional.Monitoring.Indicators;
using Regional.Monitoring.Kpis;
using Regional.Monitoring.Providers;
using Regional.Monitoring.Reports;

namespace Regional.Monitoring.Persistence;

/// <summary>Monitoring's tables (schema <c>monitoring</c>): KPIs, reports, indicators and development goals.</summary>
internal sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options, TenantContext tenants, ICurrentActor actor, TimeProvider clock)
    : TenantDbContext(options, tenants, actor, clock)
{
    internal const string Schema = "monitoring";

    internal DbSet<DevelopmentGoal> Goals => Set<DevelopmentGoal>();

    internal DbSet<Indicator> Indicators => Set<Indicator>();

    internal DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    internal DbSet<KpiTarget> KpiTargets => Set<KpiTarget>();

    internal DbSet<KpiMeasurement> KpiMeasurements => Set<KpiMeasurement>();

    internal DbSet<TrajectoryEnding> TrajectoryEndings => Set<TrajectoryEnding>();

    internal DbSet<ReceivedDeclaration> ReceivedDeclarations => Set<ReceivedDeclaration>();

    internal DbSet<ContractReport> Reports => Set<ContractReport>();

    internal DbSet<ReportingPlan> ReportingPlans => Set<ReportingPlan>();

    internal DbSet<ReportingSettings> ReportingSettings => Set<ReportingSettings>();

    internal DbSet<ProviderProfile> ProviderProfiles => Set<ProviderProfile>();

    internal DbSet<ProviderMeeting> ProviderMeetings => Set<ProviderMeeting>();

    internal DbSet<MeetingAction> MeetingActions => Set<MeetingAction>();

    internal DbSet<SpendingCeiling> SpendingCeilings => Set<SpendingCeiling>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<DevelopmentGoal>(e =>
        {
            e.ToTable("development_goals");
            e.Property(g => g.Status).HasConversion<string>();
            e.HasIndex(g => new { g.RegionId, g.ProductGroup, g.Reference }).IsUnique().AreNullsDistinct(false);
        });
        modelBuilder.Entity<Indicator>(e =>
        {
            e.ToTable("indicators");
            e.Property(i => i.Unit).HasConversion<string>();
            e.Property(i => i.Note).HasConversion<string>();
            e.HasMany(i => i.Values).WithOne().HasForeignKey(v => v.IndicatorId);
            e.HasIndex(i => new { i.RegionId, i.MunicipalityId });
        });
        modelBuilder.Entity<IndicatorValue>(e =>
        {
            e.ToTable("indicator_values");
            e.Property(v => v.Kind).HasConversion<string>();
            e.HasIndex(v => new { v.RegionId, v.IndicatorId, v.Year, v.Kind }).IsUnique();
        });
        modelBuilder.Entity<KpiTarget>(e =>
        {
            e.ToTable("kpi_targets");
            e.HasIndex(t => new { t.RegionId, t.ContractId, t.KpiCode }).IsUnique();
        });
        modelBuilder.Entity<KpiMeasurement>(e =>
        {
            e.ToTable("kpi_measurements");
            e.Property(m => m.Source).HasConversion<string>();
            e.HasIndex(m => new { m.RegionId, m.ContractId, m.KpiCode, m.PeriodStart, m.PeriodEnd }).IsUnique().HasDatabaseName("ix_kpi_measurements_contract_kpi_period");
        });
        modelBuilder.Entity<TrajectoryEnding>(e =>
        {
            e.ToTable("trajectory_endings");
            e.HasIndex(t => new { t.RegionId, t.ContractId, t.ClientRef, t.EndedOn }).IsUnique();
        });
        modelBuilder.Entity<ReceivedDeclaration>(e =>
        {
            e.ToTable("received_declarations");
            e.HasKey(d => d.DeclarationId);
            e.HasIndex(d => new { d.RegionId, d.ProviderId, d.PeriodStart });
        });
        modelBuilder.Entity<ContractReport>(e =>
        {
            e.ToTable("contract_reports");
            e.Property(r => r.Kind).HasConversion<string>();
            e.HasIndex(r => new { r.RegionId, r.ContractId, r.Kind, r.PeriodStart }).IsUnique();
            e.HasIndex(r => new { r.RegionId, r.DueOn });
        });
        modelBuilder.Entity<ReportingPlan>(e =>
        {
            e.ToTable("reporting_plans");
            e.HasIndex(p => new { p.RegionId, p.ContractId, p.Year }).IsUnique();
        });
        modelBuilder.Entity<ReportingSettings>(e =>
        {
            e.ToTable("reporting_settings");
            e.HasIndex(s => s.RegionId).IsUnique();
        });
        modelBuilder.Entity<ProviderProfile>(e =>
        {
            e.ToTable("provider_profiles");
            e.HasIndex(p => new { p.RegionId, p.ProviderId, p.Year }).IsUnique();
        });
        modelBuilder.Entity<ProviderMeeting>(e =>
        {
            e.ToTable("provider_meetings");
            e.HasMany(m => m.Actions).WithOne().HasForeignKey(a => a.MeetingId);
            e.HasIndex(m => new { m.RegionId, m.ProviderId });
        });
        modelBuilder.Entity<MeetingAction>(e => e.ToTable("meeting_actions"));
        modelBuilder.Entity<SpendingCeiling>(e =>
        {
            e.ToTable("spending_ceilings");
            e.HasIndex(c => new { c.RegionId, c.ProviderId, c.Year }).IsUnique();
        });
        SnakeCaseNames.Apply(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}
