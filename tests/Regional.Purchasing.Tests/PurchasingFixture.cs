using Microsoft.Extensions.DependencyInjection;
using Regional.Jeugd;
using Regional.Participatie;
using Regional.TestSupport;
using Regional.Wmo;

namespace Regional.Purchasing.Tests;

/// <summary>Purchasing on its own (<see cref="ModuleFixture"/>), with the domain modules whose national catalogues its products map onto.</summary>
public sealed class PurchasingFixture : ModuleFixture
{
    protected override IServiceCollection AddModule(IServiceCollection services) =>
        services.AddPurchasingModule().AddJeugdModule().AddWmoModule().AddParticipatieModule();
}
