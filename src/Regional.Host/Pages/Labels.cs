using Regional.Kernel.Values;
using Regional.Care.Assignments;
using Regional.Finance.Keys;
using Regional.Kernel.Modules;
using Regional.Finance.Settlements;
using Regional.Monitoring.Goals;
using Regional.Monitoring.Kpis;
using Regional.Monitoring.Reports;
using Regional.Purchasing.Procedures;
using Regional.Purchasing.Solidarity;

namespace Regional.Host.Pages;

/// <summary>Dutch words for the domain's enums, as the web UI shows them.</summary>
public static class Labels
{
    public static string Of(Enum value) => value switch
    {
        ProcedureKind.OpenHouse => "Open house (doorlopende toelating)",
        ProcedureKind.Tender => "Aanbesteding",
        AdmissionStatus.Open => "Toelating open",
        AdmissionStatus.Suspended => "Toelating opgeschort",
        AdmissionStatus.Closed => "Gesloten",
        RequirementLevel.Organisation => "Organisatie",
        RequirementLevel.Process => "Proces",
        RequirementLevel.Product => "Product",
        AdmissionDecision.Pending => "In behandeling",
        AdmissionDecision.Admitted => "Toegelaten",
        AdmissionDecision.Rejected => "Afgewezen",
        SolidarityArrangement.None => "Geen (eigen cliënten)",
        SolidarityArrangement.Full => "Volledig gedeeld",
        SolidarityArrangement.Partial => "Gedeeltelijk gedeeld",
        SolidarityArrangement.AboveThreshold => "Gedeeld boven drempel",
        ThresholdBasis.PerClient => "per cliënt",
        ThresholdBasis.PerMunicipality => "per gemeente",
        DistributionKeyKind.FixedPercentages => "Vaste percentages",
        DistributionKeyKind.Inhabitants => "Inwoners",
        DistributionKeyKind.InhabitantsAged0To17 => "Inwoners 0-17 jaar",
        DistributionKeyKind.HistoricalCosts => "Historisch kostenaandeel",
        DistributionKeyKind.ClientsPreviousYear => "Cliënten vorig jaar",
        DistributionKeyKind.ClientsThreeYearAverage => "Cliënten (3-jaarsgemiddelde)",
        DistributionKeyKind.Mixed => "Gewogen mix",
        KeyBasis basis => KeyBasisNames.Of(basis),
        GoalStatus.NotStarted => "Nog niet gestart",
        GoalStatus.InProgress => "Loopt",
        GoalStatus.Achieved => "Bereikt",
        GoalStatus.Dropped => "Vervallen",
        ReportStatus.Due => "Te verwachten",
        ReportStatus.Late => "Te laat",
        ReportStatus.Received => "Ontvangen",
        ReportStatus.Reviewed => "Beoordeeld",
        ReportKind.Management => "Managementrapportage",
        ReportKind.ProductionStatement => "Productieverantwoording",
        Care.Jobs.ImportStatus.Queued => "in de wachtrij",
        Care.Jobs.ImportStatus.Running => "bezig",
        Care.Jobs.ImportStatus.Done => "klaar",
        Care.Jobs.ImportStatus.Failed => "geweigerd",
        Care.Declarations.ImportPhase.Checking => "prestaties gecontroleerd",
        Care.Declarations.ImportPhase.Posting => "prestaties geboekt",
        KpiSource.Entered => "ingevoerd",
        KpiSource.Uploaded => "geüpload",
        KpiSource.Derived => "afgeleid",
        ContinuityNeed.Support => "begeleiding",
        ContinuityNeed.Housing => "wonen",
        ContinuityNeed.DaytimeActivity => "dagbesteding",
        ContinuityNeed.Work => "werk",
        ContinuityNeed.PersonalCare => "persoonlijke verzorging",
        ContinuityNeed.Transport => "vervoer",
        Frequency.PerDay => "per dag",
        Frequency.PerWeek => "per week",
        Frequency.PerMonth => "per maand",
        Frequency.TotalWithinPeriod => "totaal binnen de geldigheidsduur",
        SettlementStatus.Draft => "Concept",
        SettlementStatus.Approved => "Goedgekeurd",
        SettlementStatus.Posted => "Geboekt",
        Purchasing.Catalogue.Unit.Minuut => "minuut",
        Purchasing.Catalogue.Unit.Uur => "uur",
        Purchasing.Catalogue.Unit.Etmaal => "etmaal",
        Purchasing.Catalogue.Unit.Dagdeel => "dagdeel",
        Purchasing.Catalogue.Unit.Stuks => "stuk",
        Purchasing.Catalogue.Unit.Euro => "euro",
        _ => value.ToString(),
    };

    /// <summary>The choices of an enum for a select, in Dutch, the current one selected.</summary>
    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Options<TEnum>(TEnum? selected = null)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(Of(v), v.ToString(), selected is { } s && s.Equals(v)));

    public static string Date(DateOnly day) => day.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The Dutch calendar day of a moment.</summary>
    public static string Date(DateTimeOffset moment) => Date(DutchTime.DayOf(moment));

    /// <summary>A moment as the Netherlands' clock showed it, to the minute (or second).</summary>
    public static string Moment(DateTimeOffset moment, bool seconds = false) =>
        TimeZoneInfo.ConvertTime(moment, DutchClock.Netherlands).ToString(seconds ? "dd-MM-yyyy HH:mm:ss" : "dd-MM-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Euro(decimal amount) => amount.ToString("C2", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
