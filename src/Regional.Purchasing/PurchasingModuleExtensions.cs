using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;
using Regional.Purchasing.Demo;
using Regional.Purchasing.Facts;
using Regional.Kernel.Persistence;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Persistence;
using Regional.Purchasing.Procedures;
using Regional.Purchasing.Providers;
using Regional.Purchasing.Registers;
using Regional.Purchasing.Solidarity;
using Regional.Purchasing.Tariffs;

namespace Regional.Purchasing;

/// <summary>Joint purchasing's one registration entry point.</summary>
public static class PurchasingModuleExtensions
{
    public static IServiceCollection AddPurchasingModule(this IServiceCollection services) =>
        services.AddTenantDbContext<PurchasingDbContext>(PurchasingDbContext.Schema)
            .AddScoped<ProductCatalogue>()
            .AddScoped<ProviderRegister>()
            .AddScoped<ProcedureService>()
            .AddScoped<ContractService>()
            .AddScoped<TariffService>()
            .AddScoped<SolidarityService>()
            .AddScoped<PurchasingRegisters>()
            .AddScoped<PurchasingFacts>()
            .AddScoped<IPurchasedCare>(s => s.GetRequiredService<PurchasingFacts>())
            .AddScoped<ISolidarityDecisions>(s => s.GetRequiredService<PurchasingFacts>())
            .AddScoped<IDemoData, PurchasingDemoSeed>()
            .AddScoped<IDemoData, DemoContracts>();
}
