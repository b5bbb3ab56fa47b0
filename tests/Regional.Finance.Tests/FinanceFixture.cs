using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Regional.Jeugd;
using Regional.Participatie;
using Regional.Purchasing;
using Regional.TestSupport;
using Regional.Wmo;

namespace Regional.Finance.Tests;

/// <summary>
/// Finance on its own (<see cref="ModuleFixture"/>): with purchasing, whose products and solidarity decisions it builds
/// on, and a one-silo cluster in the process for the grains that own pools and budget accounts.
/// </summary>
public sealed class FinanceFixture : ModuleFixture
{
    protected override IServiceCollection AddModule(IServiceCollection services) =>
        services.AddFinanceModule().AddPurchasingModule().AddJeugdModule().AddWmoModule().AddParticipatieModule();

    protected override void ConfigureHost(IHostApplicationBuilder builder) => AddSilo(builder);
}
