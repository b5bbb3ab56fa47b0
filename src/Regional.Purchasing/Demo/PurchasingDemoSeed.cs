using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Procedures;
using Regional.Purchasing.Providers;
using Regional.Purchasing.Solidarity;
using Regional.Purchasing.Tariffs;
using Regional.Kernel.Modules;

namespace Regional.Purchasing.Demo;

/// <summary>
/// Purchasing demo data from the seed documents: the Kop van Noord-Holland's 2019 product structure,
/// an open-house procedure with its requirements, an admitted provider with a five-year contract and
/// explainable tariffs; product codes for the message traffic from the national JZ21 list (Jeugd) or
/// regional ones (Wmo, which has no national list); and RIGG's solidarity decisions (all youth care shared in 2016-2017, from 2018
/// only heavy care). Runs only for a region without products, through the same services as users.
/// </summary>
internal sealed class PurchasingDemoSeed(
    ProductCatalogue products, ProviderRegister providers, ProcedureService procedures, ContractService contracts,
    TariffService tariffs, SolidarityService solidarity) : IDemoData
{
    private static readonly NewProduct[] KopVanNoordHolland =
    [
        new("KNH-WMO-DB", "Dagbesteding Wmo", SocialDomain.Wmo, "07", "Dagbesteding", Unit.Dagdeel, "07A01"),
        new("KNH-WMO-BG", "Begeleiding Wmo", SocialDomain.Wmo, "02", "Begeleiding", Unit.Uur, "02A01"),
        new("KNH-WMO-KV", "Kortdurend verblijf Wmo", SocialDomain.Wmo, "04", "Kortdurend verblijf Wmo", Unit.Etmaal, "04A01"),
        new("KNH-JGD-DB", "Dagbesteding Jeugd", SocialDomain.Jeugd, "45", "Dagbesteding", Unit.Dagdeel),
        new("KNH-JGD-BG", "Begeleiding Jeugd", SocialDomain.Jeugd, "45", "Begeleiding", Unit.Uur, "45A04"),
        new("KNH-JGD-BH", "Behandeling Jeugd", SocialDomain.Jeugd, "45", "Behandeling", Unit.Uur, "45A65"),
        new("KNH-JGD-PZ", "Verblijf Jeugd: pleegzorg", SocialDomain.Jeugd, "44", "Verblijf Jeugd", Unit.Etmaal, "44A07"),
        new("KNH-JGD-GH", "Verblijf Jeugd: gezinshuis", SocialDomain.Jeugd, "43", "Verblijf Jeugd", Unit.Etmaal, "43A10"),
        new("KNH-JGD-CO", "Verblijf Jeugd: crisisopvang", SocialDomain.Jeugd, "46", "Verblijf Jeugd", Unit.Etmaal),
        new("KNH-JGD-RS", "Verblijf Jeugd: residentieel", SocialDomain.Jeugd, "43", "Verblijf Jeugd", Unit.Etmaal, "43A07"),
    ];

    private static readonly NewProduct[] Rigg =
    [
        new("RIGG-AMB", "Ambulante jeugdhulp", SocialDomain.Jeugd, "45", "Ambulante jeugdhulp", Unit.Uur, "45A04"),
        new("RIGG-JZP", "Jeugdzorg+ (gesloten verblijf)", SocialDomain.Jeugd, "43", "Verblijf Jeugd", Unit.Etmaal, "43A12"),
        new("RIGG-PZ", "Pleegzorg", SocialDomain.Jeugd, "44", "Verblijf Jeugd", Unit.Etmaal, "44A07"),
    ];

    public int Order => 10;

    public async Task SeedAsync(string regionCode, CancellationToken cancellationToken)
    {
        if ((await products.ListAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return;
        }

        if (regionCode == "rigg")
        {
            await SeedRiggAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SeedKopVanNoordHollandAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SeedRiggAsync(CancellationToken cancellationToken)
    {
        foreach (var product in Rigg)
        {
            await products.AddAsync(product, cancellationToken).ConfigureAwait(false);
        }

        foreach (var year in new[] { 2016, 2017 })
        {
            foreach (var group in new[] { "Ambulante jeugdhulp", "Verblijf Jeugd" })
            {
                await solidarity.RecordAsync(new NewSolidarityDecision(group, null, year, SolidarityArrangement.Full, null, null, null,
                    DistributionKeyKind.Inhabitants, new DateOnly(year - 1, 11, 1), $"AB RIGG {year - 1}, begroting {year}"), cancellationToken).ConfigureAwait(false);
            }
        }

        await solidarity.RecordAsync(new NewSolidarityDecision("Ambulante jeugdhulp", null, 2018, SolidarityArrangement.None, null, null, null, null,
            new DateOnly(2017, 11, 1), "AB RIGG 2017, begroting 2018"), cancellationToken).ConfigureAwait(false);
        await solidarity.RecordAsync(new NewSolidarityDecision("Verblijf Jeugd", null, 2018, SolidarityArrangement.Full, null, null, null,
            DistributionKeyKind.ClientsThreeYearAverage, new DateOnly(2017, 11, 1), "AB RIGG 2017, begroting 2018"), cancellationToken).ConfigureAwait(false);
    }

    private async Task SeedKopVanNoordHollandAsync(CancellationToken cancellationToken)
    {
        var added = new Dictionary<string, Product>();
        foreach (var product in KopVanNoordHolland)
        {
            added[product.Code] = await products.AddAsync(product, cancellationToken).ConfigureAwait(false);
        }

        var jeugd = KopVanNoordHolland.Where(p => p.Domain == SocialDomain.Jeugd).Select(p => p.Code).ToList();
        var procedure = await procedures.CreateAsync(new NewProcedure(
            "Open house Jeugd 2019-2023", ProcedureKind.OpenHouse, SocialDomain.Jeugd, new DateOnly(2019, 1, 1), new DateOnly(2024, 12, 31), jeugd),
            cancellationToken).ConfigureAwait(false);
        await procedures.CreateAsync(new NewProcedure(
            "Open house Wmo 2019-2023", ProcedureKind.OpenHouse, SocialDomain.Wmo, new DateOnly(2019, 1, 1), new DateOnly(2024, 12, 31),
            KopVanNoordHolland.Where(p => p.Domain == SocialDomain.Wmo).Select(p => p.Code).ToList()), cancellationToken).ConfigureAwait(false);
        var requirements = new List<Requirement>();
        foreach (var (level, text) in Requirements)
        {
            requirements.Add(await procedures.AddRequirementAsync(procedure.Id, new NewRequirement(level, text, true), cancellationToken).ConfigureAwait(false));
        }

        var provider = await providers.AddAsync(
            new NewProvider("Jeugdhulp De Kop B.V. (demo)", "12345678", "98000001", "A. de Vries", "contract@dekop.example", "0223 000 000"), cancellationToken).ConfigureAwait(false);
        await providers.AddAsync(new NewProvider("Stichting Dagbesteding Texel (demo)", "87654321", "98000002", null, null, null), cancellationToken).ConfigureAwait(false);
        var admission = await procedures.ApplyAsync(procedure.Id, provider.Id, new DateOnly(2018, 10, 15), cancellationToken).ConfigureAwait(false);
        await procedures.DecideAsync(admission.Id, requirements.Select(r => new AssessmentInput(r.Id, true, "Toelatingsdocument en bijlagen")).ToList(), true,
            "Voldoet aan alle eisen", cancellationToken).ConfigureAwait(false);
        var contract = await contracts.CreateAsync(new NewContract(admission.Id, "KNH-J-2019-001", new DateOnly(2019, 1, 1), new DateOnly(2023, 12, 31),
            [added["KNH-JGD-BG"].Id, added["KNH-JGD-BH"].Id, added["KNH-JGD-PZ"].Id], null, null), cancellationToken).ConfigureAwait(false);

        var begeleiding2019 = await tariffs.AddAsync(new NewTariff("KNH-JGD-BG", null, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), null,
            new CostPrice(62_000m, 1_300m, 2.50m, 0.12m, 0.02m)), cancellationToken).ConfigureAwait(false);
        var begeleiding2020 = await tariffs.IndexAsync(begeleiding2019.Id, 0.0235m, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), cancellationToken).ConfigureAwait(false);
        await tariffs.IndexAsync(begeleiding2020.Id, 0.0312m, new DateOnly(2021, 1, 1), new DateOnly(2023, 12, 31), cancellationToken).ConfigureAwait(false);
        await tariffs.AddAsync(new NewTariff("KNH-JGD-BH", null, new DateOnly(2019, 1, 1), new DateOnly(2023, 12, 31), null,
            new CostPrice(74_000m, 1_250m, 4.00m, 0.14m, 0.02m)), cancellationToken).ConfigureAwait(false);
        await tariffs.AddAsync(new NewTariff("KNH-JGD-PZ", null, new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31), 58.40m, null), cancellationToken).ConfigureAwait(false);
        await tariffs.AddAsync(new NewTariff("KNH-JGD-PZ", contract.Id, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), 61.15m, null), cancellationToken).ConfigureAwait(false);

        await solidarity.RecordAsync(new NewSolidarityDecision("Verblijf Jeugd", null, 2019, SolidarityArrangement.Full, null, null, null,
            DistributionKeyKind.Inhabitants, new DateOnly(2018, 11, 20), "Portefeuillehoudersoverleg KNH 2018-11"), cancellationToken).ConfigureAwait(false);
        await solidarity.RecordAsync(new NewSolidarityDecision("Begeleiding", null, 2019, SolidarityArrangement.AboveThreshold, null, 250_000m, ThresholdBasis.PerMunicipality,
            DistributionKeyKind.ClientsPreviousYear, new DateOnly(2018, 11, 20), "Portefeuillehoudersoverleg KNH 2018-11"), cancellationToken).ConfigureAwait(false);
        await solidarity.RecordAsync(new NewSolidarityDecision("Dagbesteding", null, 2019, SolidarityArrangement.None, null, null, null, null,
            new DateOnly(2018, 11, 20), "Portefeuillehoudersoverleg KNH 2018-11"), cancellationToken).ConfigureAwait(false);
    }

    private static readonly (RequirementLevel Level, string Text)[] Requirements =
    [
        (RequirementLevel.Organisation, "Kwaliteitssysteem (HKZ, ISO of gelijkwaardig) aanwezig"),
        (RequirementLevel.Organisation, "Verklaring omtrent het gedrag voor alle medewerkers"),
        (RequirementLevel.Organisation, "Financiële draagkracht aangetoond (jaarrekening)"),
        (RequirementLevel.Process, "Declareert juist, volledig en tijdig via het iJw-berichtenverkeer (binnen een maand na de zorgperiode)"),
        (RequirementLevel.Process, "Werkt volgens de norm verantwoorde werktoedeling Jeugd"),
        (RequirementLevel.Product, "Behandeling door geregistreerde professionals (SKJ of BIG)"),
    ];
}
