using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;
using Regional.Finance.Demo;
using Regional.Finance.Budgets;
using Regional.Finance.Commitments;
using Regional.Finance.Ledger;
using Regional.Finance.Owners;
using Regional.Finance.Persistence;
using Regional.Finance.Pools;
using Regional.Finance.Population;
using Regional.Finance.Settlements;
using Regional.Kernel.Persistence;

namespace Regional.Finance;

/// <summary>Finance's one registration entry point.</summary>
public static class FinanceModuleExtensions
{
    public static IServiceCollection AddFinanceModule(this IServiceCollection services) =>
        services.AddTenantDbContext<FinanceDbContext>(FinanceDbContext.Schema)
            .AddScoped<ICostIntake, CostIntake>()
            .AddScoped<CommitmentBook>()
            .AddScoped<ICommitments>(s => s.GetRequiredService<CommitmentBook>())
            .AddScoped<CostBatchWriter>()
            .AddScoped<PoolService>()
            .AddScoped<AdvancesWriter>()
            .AddScoped<LiveShares>()
            .AddScoped<SettlementService>()
            .AddScoped<PopulationRegister>()
            .AddScoped<BudgetService>()
            .AddScoped<IReconciliation, Reconciliation>()
            .AddScoped<IDemoData, FinanceDemoSeed>();
}
