using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;
using Regional.Monitoring.Demo;
using Regional.Kernel.Events;
using Regional.Kernel.Persistence;
using Regional.Monitoring.Goals;
using Regional.Monitoring.Indicators;
using Regional.Monitoring.Kpis;
using Regional.Monitoring.Persistence;
using Regional.Monitoring.Providers;
using Regional.Monitoring.Reports;

namespace Regional.Monitoring;

/// <summary>Monitoring's one registration entry point.</summary>
public static class MonitoringModuleExtensions
{
    public static IServiceCollection AddMonitoringModule(this IServiceCollection services) =>
        services.AddTenantDbContext<MonitoringDbContext>(MonitoringDbContext.Schema)
            .AddScoped<GoalService>()
            .AddScoped<IndicatorRegister>()
            .AddScoped<KpiService>()
            .AddScoped<ReportService>()
            .AddScoped<ProviderMonitoring>()
            .AddIntegrationEventSubscriber<DeclarationReceived, DeclarationTimeliness>()
            .AddScoped<IDemoData, MonitoringDemoSeed>();
}
