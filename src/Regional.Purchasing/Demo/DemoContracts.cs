using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Procedures;
using Regional.Purchasing.Providers;
using Regional.Purchasing.Tariffs;
using Regional.Kernel.Modules;

namespace Regional.Purchasing.Demo;

/// <summary>
/// A provider admitted in an open-house procedure of a region, with a contract and flat regional tariffs per product:
/// what a region needs before toewijzingen and declaraties of those products are accepted.
/// </summary>
internal sealed record DemoContract(
    string ProcedureName, SocialDomain Domain, NewProvider Provider, string Number, DateOnly StartsOn, DateOnly EndsOn, (string ProductCode, decimal Tariff)[] Products);

/// <summary>
/// Adds each demo contract that is not there yet (by its number), through the same services as users: so a database
/// seeded by an earlier version gets the contracts added since.
/// </summary>
internal sealed class DemoContracts(ProductCatalogue products, ProviderRegister providers, ProcedureService procedures, ContractService contracts, TariffService tariffs) : IDemoData
{
    /// <summary>The Kop van Noord-Holland's Wmo open house and RIGG's youth care open house.</summary>
    private static readonly Dictionary<string, DemoContract[]> PerRegion = new()
    {
        ["kop-van-noord-holland"] =
        [
            new("Open house Wmo 2019-2023", SocialDomain.Wmo, new("Stichting Dagbesteding Texel (demo)", "87654321", "98000002", null, null, null),
                "KNH-W-2019-001", new(2019, 1, 1), new(2023, 12, 31), [("KNH-WMO-BG", 64.80m), ("KNH-WMO-DB", 41.20m)]),
        ],
        ["rigg"] =
        [
            new("Open house Jeugd RIGG 2018-2023", SocialDomain.Jeugd,
                new("Jeugdhulp Stad en Ommeland (demo)", "11223344", "98000011", "J. Bakker", "contract@stadenommeland.example", "050 000 0001"),
                "RIGG-J-2018-001", new(2018, 1, 1), new(2023, 12, 31), [("RIGG-AMB", 78.60m), ("RIGG-PZ", 52.10m), ("RIGG-JZP", 610.00m)]),
        ],
    };

    public int Order => 20;

    public async Task SeedAsync(string regionCode, CancellationToken cancellationToken)
    {
        var existing = await contracts.ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var demo in PerRegion[regionCode].Where(d => existing.All(c => c.Number != d.Number)))
        {
            await AddAsync(demo, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AddAsync(DemoContract demo, CancellationToken cancellationToken)
    {
        var codes = demo.Products.Select(p => p.ProductCode).ToList();
        var procedure = (await procedures.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => p.Name == demo.ProcedureName)
            ?? await procedures.CreateAsync(new NewProcedure(demo.ProcedureName, ProcedureKind.OpenHouse, demo.Domain, demo.StartsOn, demo.EndsOn.AddYears(1), codes),
                cancellationToken).ConfigureAwait(false);
        var provider = await providers.FindByAgbAsync(demo.Provider.AgbCode, cancellationToken).ConfigureAwait(false)
            ?? await providers.AddAsync(demo.Provider, cancellationToken).ConfigureAwait(false);
        var admission = await procedures.ApplyAsync(procedure.Id, provider.Id, demo.StartsOn.AddMonths(-2), cancellationToken).ConfigureAwait(false);
        await procedures.DecideAsync(admission.Id, [], true, "Voldoet aan de eisen van het open house", cancellationToken).ConfigureAwait(false);

        var catalogue = await products.ListAsync(cancellationToken).ConfigureAwait(false);
        await contracts.CreateAsync(new NewContract(admission.Id, demo.Number, demo.StartsOn, demo.EndsOn,
            codes.Select(code => catalogue.Single(p => p.Code == code).Id).ToList(), null, null), cancellationToken).ConfigureAwait(false);
        foreach (var (code, tariff) in demo.Products)
        {
            await tariffs.AddAsync(new NewTariff(code, null, demo.StartsOn, demo.EndsOn, tariff, null), cancellationToken).ConfigureAwait(false);
        }
    }
}
