using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Monitoring.Goals;
using Regional.Monitoring.Indicators;
using Regional.Monitoring.Kpis;
using Regional.Monitoring.Providers;
using Regional.Monitoring.Reports;
using Regional.Purchasing.Facts;
using Regional.Kernel.Modules;

namespace Regional.Monitoring.Demo;

/// <summary>
/// Monitoring demo data from the two seed documents: the Groningen indicator table with its real 2016
/// and 2017 values (RIGG), and the Kop van Noord-Holland's development goals (section 5.3) with KPI
/// targets, values, a report schedule, the provider's class, ceiling and first meeting for its demo contract. Idempotent.
/// </summary>
internal sealed class MonitoringDemoSeed(
    GoalService goals, IndicatorRegister indicators, KpiService kpis, ReportService reports, ProviderMonitoring providers, IPurchasedCare purchased, RegionDirectory directory) : IDemoData
{
    private const string Wmo = "% cliënten Wmo (18 jaar e.o.) dat zegt ";
    private const string GroningenSource = "Gemeente Groningen, begroting 2018, beleidsveld 4.2.2 (Wmo-cliëntervaringsonderzoek)";

    /// <summary>The table of beleidsveld 4.2.2: realised 2016, budgeted 2017, intended 2018.</summary>
    private static readonly (string Name, IndicatorUnit Unit, IndicatorNote Note, decimal? Realised2016, decimal? Budget2017, string? Intended2018)[] Groningen =
    [
        ("% cliënten waarbij de doelrealisatie o.b.v. de uitkomsten uit de ZRM conform de beoogde doelen uit het PVA is", IndicatorUnit.Percentage, IndicatorNote.StillToBeOperationalised, null, null, null),
        ("% cliënten waarbij sprake is van een duurzame afschaling met betrekking tot een maatwerkvoorziening", IndicatorUnit.Percentage, IndicatorNote.StillToBeOperationalised, null, null, null),
        ("% cliënten waarbij sprake is van een duurzame uitstroom uit een maatwerkvoorziening o.b.v. een succesvolle beëindiging", IndicatorUnit.Percentage, IndicatorNote.StillToBeOperationalised, null, null, null),
        (Wmo + "door de geboden ondersteuning de dingen die men wil beter te kunnen doen (eigen regie)", IndicatorUnit.Percentage, IndicatorNote.None, 77, 78, "toename"),
        (Wmo + "door de geboden ondersteuning zich beter te kunnen redden (zelfredzaamheid)", IndicatorUnit.Percentage, IndicatorNote.None, 81, 82, "toename"),
        (Wmo + "door de geboden ondersteuning een betere kwaliteit van leven te hebben gekregen", IndicatorUnit.Percentage, IndicatorNote.None, 75, 76, "toename"),
        (Wmo + "de geboden ondersteuning past bij de hulpvraag", IndicatorUnit.Percentage, IndicatorNote.None, 78, 80, "toename"),
        (Wmo + "de kwaliteit van de geboden ondersteuning goed is", IndicatorUnit.Percentage, IndicatorNote.None, 75, 79, "toename"),
        ("Aantal geïndiceerde vervoer- en woonvoorzieningen", IndicatorUnit.Count, IndicatorNote.KeyFigureWithoutTarget, 14_201, 13_359, null),
        ("Aantal geïndiceerde maatwerkvoorzieningen individuele ondersteuning", IndicatorUnit.Count, IndicatorNote.KeyFigureWithoutTarget, 2_645, 2_280, null),
        ("Aantal geïndiceerde maatwerkvoorzieningen groepsgerichte ondersteuning", IndicatorUnit.Count, IndicatorNote.KeyFigureWithoutTarget, 1_302, 1_279, null),
        ("Aantal geïndiceerde maatwerkvoorzieningen kortdurend verblijf", IndicatorUnit.Count, IndicatorNote.KeyFigureWithoutTarget, 35, 19, null),
    ];

    private const string Owner = "Contractmanagement Kop van Noord-Holland";
    private const string NoDate = "Het inkoopplan noemt geen datum; gevolgd tot het einde van de contractperiode.";
    private static readonly DateOnly ContractEnd = new(2023, 12, 31);

    /// <summary>Section 5.3 of the Kop van Noord-Holland's purchasing plan.</summary>
    private static readonly NewGoal[] Goals =
    [
        new("Ontwikkeldoel 1", null, "Een duidelijk kader met afspraken over de casusregie, daar waar verschillende organisaties ondersteuning aan de cliënt geven.", null, new DateOnly(2019, 6, 1), Owner),
        new("Ontwikkeldoel 2", null, "Weten hoe wij de kwaliteit van de dienstverlening kunnen beoordelen, monitoren en sturen: doen we de dingen goed en doen we de goede dingen voor de cliënt?", "KPI's: doelrealisatie, uitval/no-show, cliënttevredenheid.", new DateOnly(2019, 6, 1), Owner),
        new("Ontwikkeldoel 3", null, "Weten hoe de aansluiting van de geïndiceerde ondersteuning met de niet-geïndiceerde ondersteuning vanuit het maatschappelijk veld en bedrijfsleven gerealiseerd kan worden.", null, new DateOnly(2020, 1, 1), Owner),
        new("Ontwikkeldoel 4", null, "Weten hoe de ontschotting gerealiseerd kan worden (integratie Jeugd, Wmo en Participatie).", null, new DateOnly(2020, 7, 1), Owner),
        new("Ontwikkeldoel 5", null, "Ketenpartners kennen en benutten elkaars kwaliteiten nog meer.", NoDate, ContractEnd, Owner),
        new("Dagbesteding 1", "Dagbesteding", "Zorgen voor een goede aansluiting tussen onderwijs, kinderopvang en jeugdhulp voor kinderen/jongeren die wel leerbaar, maar nu niet schoolbaar zijn.", NoDate, ContractEnd, Owner),
        new("Dagbesteding 2", "Dagbesteding", "Een samenhangende aanpak met onderwijs, leerplicht/RMC en participatie realiseren.", NoDate, ContractEnd, Owner),
        new("Dagbesteding 3", "Dagbesteding", "Het vervoersnetwerk kunnen inzetten, passend bij de zelfredzaamheid van de cliënt.", NoDate, ContractEnd, Owner),
        new("Dagbesteding 4", "Dagbesteding", "Zorgen dat dagbesteding ook in de toekomst dichtbij, gevarieerd en betaalbaar beschikbaar is.", NoDate, ContractEnd, Owner),
        new("Begeleiding 1", "Begeleiding", "Een samenhangende en uitvoerbare aanpak met onderwijs, leerplicht en RMC en participatie.", null, new DateOnly(2021, 1, 1), Owner),
        new("Begeleiding 2", "Begeleiding", "Weten of er een noodzaak is voor begeleiding buiten kantoortijd en voor welke doelgroepen.", null, new DateOnly(2019, 12, 31), Owner),
        new("Begeleiding 3", "Begeleiding", "Andere vormen van zorg (telezorg, beeldzorg) kunnen inzetten, met oog voor het welbevinden van mensen.", null, new DateOnly(2020, 1, 1), Owner),
        new("Verblijf Wmo 1", "Verblijf Wmo", "Inzicht krijgen hoe logeren thuis of daarbuiten anders kan worden vormgegeven, om mantelzorger, ouders en gezin te ontlasten.", NoDate, ContractEnd, Owner),
        new("Verblijf Wmo 2", "Verblijf Wmo", "Inzet van telezorg bij respijtzorg.", NoDate, ContractEnd, Owner),
        new("Verblijf Jeugd 1", "Verblijf Jeugd", "Zorgdragen dat verblijf passend en beschikbaar is.", NoDate, ContractEnd, Owner),
        new("Verblijf Jeugd 2", "Verblijf Jeugd", "Continuïteit (in- en uitstroom) in begeleiding voor alle leeftijden in het kader van de Jeugdwet en de Wmo.", NoDate, ContractEnd, Owner),
        new("Verblijf Jeugd 3", "Verblijf Jeugd", "Onderzoeken welke bekostigingsvorm het beste past bij langdurig verblijf, gelet op tijdelijkheid.", NoDate, ContractEnd, Owner),
        new("Verblijf Jeugd 4", "Verblijf Jeugd", "Onderzoeken welke producten nodig zijn om mantelzorger, ouders en gezin te ontlasten terwijl de cliënt thuis verblijft.", NoDate, ContractEnd, Owner),
    ];

    public int Order => 50;

    public async Task SeedAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (regionCode == "rigg")
        {
            await SeedGroningenAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if ((await goals.ListAsync(cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            foreach (var goal in Goals)
            {
                await goals.AddAsync(goal, cancellationToken).ConfigureAwait(false);
            }
        }

        await SeedContractAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SeedGroningenAsync(CancellationToken cancellationToken)
    {
        if ((await indicators.ListAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return;
        }

        var groningen = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).Single(m => m.CbsCode == "GM0014");
        foreach (var row in Groningen)
        {
            var values = new List<NewIndicatorValue>();
            if (row.Realised2016 is { } realised)
            {
                values.Add(new NewIndicatorValue(2016, IndicatorValueKind.Realised, realised, null));
            }

            if (row.Budget2017 is { } budget)
            {
                values.Add(new NewIndicatorValue(2017, IndicatorValueKind.Budgeted, budget, null));
            }

            if (row.Intended2018 is { } direction)
            {
                values.Add(new NewIndicatorValue(2018, IndicatorValueKind.Intended, null, direction));
            }

            await indicators.AddAsync(new NewIndicator(groningen.MunicipalityId, row.Name, row.Unit, row.Note, GroningenSource), values, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The demo contract's KPI targets and first values, and its 2019 report schedule (expected turnover above EUR 125,000).</summary>
    private async Task SeedContractAsync(CancellationToken cancellationToken)
    {
        var contract = (await purchased.ContractsAsync(cancellationToken).ConfigureAwait(false)).SingleOrDefault(c => c.Number == "KNH-J-2019-001");
        if (contract is null || (await kpis.ForContractAsync(contract.Id, cancellationToken).ConfigureAwait(false)).Any(s => s.Target is not null))
        {
            return; // no demo contract, or seeded at an earlier start
        }

        var quarters = new[] { (1, 71m, 18m, 7.4m), (2, 74m, 16m, 7.6m), (3, 78m, 12m, 7.8m) };
        foreach (var (quarter, goalsReached, dropOut, mark) in quarters)
        {
            var period = new Period(new DateOnly(2019, (quarter * 3) - 2, 1), new DateOnly(2019, quarter * 3, 1).AddMonths(1).AddDays(-1));
            await kpis.RecordAsync(contract.Id, "doelrealisatie", period, goalsReached, cancellationToken).ConfigureAwait(false);
            await kpis.RecordAsync(contract.Id, "uitval", period, dropOut, cancellationToken).ConfigureAwait(false);
            await kpis.RecordAsync(contract.Id, "tevredenheid", period, mark, cancellationToken).ConfigureAwait(false);
        }

        await reports.PlanAsync(contract.Id, 2019, 180_000m, cancellationToken).ConfigureAwait(false);
        await providers.SetProfileAsync(contract.ProviderId, 2019, 60, 4, 180_000m, cancellationToken).ConfigureAwait(false);
        await providers.SetCeilingAsync(contract.ProviderId, 2019, 200_000m, cancellationToken).ConfigureAwait(false);
        await providers.RecordMeetingAsync(contract.ProviderId, new DateOnly(2019, 4, 15),
            "Eerste kwartaaloverleg: cliënten, doorstroom, wachttijden en de KPI's van het eerste kwartaal besproken.",
            [new NewAction("Voorstel voor de casusregie bij meerdere aanbieders (ontwikkeldoel 1)", "Aanbieder", new DateOnly(2019, 6, 1))], cancellationToken).ConfigureAwait(false);

        // The norms go last: they mark the contract as seeded.
        foreach (var (kpi, target) in new[] { ("doelrealisatie", 75m), ("uitval", 15m), ("tevredenheid", 7.5m) })
        {
            await kpis.SetTargetAsync(contract.Id, kpi, target, cancellationToken).ConfigureAwait(false);
        }
    }
}
