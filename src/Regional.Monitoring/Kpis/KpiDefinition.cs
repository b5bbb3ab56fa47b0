namespace Regional.Monitoring.Kpis;

/// <summary>
/// A KPI as Regional knows it: the national outcome criteria (Jeugdwet art. 2.2, CBS Beleidsinformatie
/// Jeugd) and the usual contract-management figures, each with its range and which way is better.
/// </summary>
internal sealed record KpiDefinition(string Code, string Name, string Unit, decimal Minimum, decimal? Maximum, bool HigherIsBetter, string Explanation)
{
    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new("doelrealisatie", "Doelrealisatie", "%", 0, 100, true, "Aandeel van de afgesproken doelen dat is bereikt."),
        new("uitval", "Uitval", "%", 0, 100, false, "Aandeel trajecten dat voortijdig eindigde (reden beëindiging 02-05), van alle beëindigde trajecten."),
        new("tevredenheid", "Cliënttevredenheid", "cijfer", 1, 10, true, "Gemiddeld rapportcijfer (1-10) van cliënten."),
        new("zonder-hulp-verder", "Verder zonder hulp", "%", 0, 100, true, "Aandeel beëindigde trajecten waarna de cliënt zonder hulp verder kan (doelrealisatie 3.1, codes 03 en 04)."),
        new("zrm-doelrealisatie", "Doelrealisatie o.b.v. ZRM", "%", 0, 100, true, "Aandeel trajecten waarin de zelfredzaamheid (ZRM, 13 domeinen) bij de afsluiting hoger is dan bij de start."),
        new("no-show", "No-show", "%", 0, 100, false, "Aandeel afspraken waarop de cliënt niet verscheen."),
        new("wachttijd", "Wachttijd", "dagen", 0, null, false, "Gemiddeld aantal dagen van toewijzing tot start van de zorg."),
        new("doorlooptijd", "Doorlooptijd", "dagen", 0, null, false, "Gemiddeld aantal dagen van start tot einde van een traject."),
        new("heraanmelding", "Heraanmelding binnen een jaar", "%", 0, 100, false, "Aandeel cliënten dat binnen een jaar na afsluiting opnieuw zorg krijgt."),
        new("tijdig-gedeclareerd", "Tijdig gedeclareerd", "%", 0, 100, true, "Aandeel declaraties over de periode dat binnen de termijn van de regio binnenkwam (afgeleid uit de ontvangen declaraties)."),
        new("kosten-per-client", "Gemiddelde kosten per cliënt", "€", 0, null, false, "Gemiddelde kosten per cliënt in de periode."),
    ];

    public static KpiDefinition Find(string code) =>
        All.FirstOrDefault(d => d.Code == code) ?? throw new Kernel.Security.RuleViolationException(nameof(code), $"Onbekende KPI '{code}'; bekend zijn: {string.Join(", ", All.Select(d => d.Code))}.");

    /// <summary>Whether a value meets a target, in the KPI's better direction.</summary>
    public bool Meets(decimal value, decimal target) => HigherIsBetter ? value >= target : value <= target;
}
