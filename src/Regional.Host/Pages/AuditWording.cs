using System.Globalization;
using System.Text.Json;
using Regional.Kernel.Auditing;

namespace Regional.Host.Pages;

/// <summary>An audit entry in words a controller or auditor reads: what happened to what, and each change as old → new.</summary>
public static class AuditWording
{
    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["AccessTeam"] = "Toegangsteam", ["Admission"] = "Toelating", ["Assessment"] = "Beoordeling", ["Assignment"] = "Toewijzing",
        ["Budget"] = "Budget", ["BudgetAmendment"] = "Begrotingswijziging", ["BudgetSettings"] = "Budgetsignaal", ["Commitment"] = "Verplichting",
        ["Contract"] = "Contract", ["ContractExtension"] = "Contractverlenging", ["ContractProduct"] = "Product in contract", ["ContractReport"] = "Rapportage",
        ["Declaration"] = "Declaratie", ["DeclarationLine"] = "Prestatie", ["DeclarationSettings"] = "Declaratietermijnen", ["DevelopmentGoal"] = "Ontwikkeldoel",
        ["ImportJob"] = "Import", ["Indicator"] = "Indicator", ["IndicatorValue"] = "Indicatorwaarde", ["JournalEntry"] = "Journaalpost",
        ["KpiMeasurement"] = "KPI-meting", ["KpiTarget"] = "KPI-norm", ["MeetingAction"] = "Actiepunt", ["Municipality"] = "Gemeente", ["Pool"] = "Pool",
        ["PoolKeyComponent"] = "Verdeelsleutel", ["PoolKeyInput"] = "Sleutelgegeven", ["PopulationFigure"] = "Inwonertal", ["Posting"] = "Boeking",
        ["Procedure"] = "Procedure", ["ProcedureProduct"] = "Product in procedure", ["Product"] = "Product", ["Provider"] = "Aanbieder",
        ["ProviderContact"] = "Contactpersoon aanbieder", ["ProviderMeeting"] = "Gesprek met aanbieder", ["ProviderProfile"] = "Aanbiedersprofiel",
        ["Region"] = "Regio", ["RegionMembership"] = "Lidmaatschap", ["ReportingPlan"] = "Rapportageplan", ["ReportingSettings"] = "Rapportagetermijnen",
        ["Requirement"] = "Eis", ["RoleAssignment"] = "Rol", ["Settlement"] = "Verrekening", ["SettlementLineRow"] = "Verrekenregel",
        ["SolidarityDecision"] = "Solidariteitsbesluit", ["SpendingCeiling"] = "Omzetplafond", ["Tariff"] = "Tarief", ["TrajectoryEnding"] = "Beëindigd traject",
        ["User"] = "Gebruiker",
    };

    public static string Entity(string entity) => Entities.GetValueOrDefault(entity ?? "", entity ?? "");

    public static string Action(string action) => action switch
    {
        "Added" => "toegevoegd",
        "Modified" => "gewijzigd",
        "Deleted" => "verwijderd",
        _ => action,
    };

    /// <summary>Each recorded value as "field: value" (added, deleted) or "field: old → new" (changed).</summary>
    public static IReadOnlyList<string> Changes(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var changes = JsonDocument.Parse(entry.Changes);
        return changes.RootElement.EnumerateObject()
            .Where(p => p.Name is not ("Id" or "RegionId"))
            .Select(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("from", out var from) && p.Value.TryGetProperty("to", out var to)
                ? $"{p.Name}: {Value(from)} → {Value(to)}"
                : $"{p.Name}: {Value(p.Value)}")
            .ToList();
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "(leeg)",
        JsonValueKind.True => "ja",
        JsonValueKind.False => "nee",
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.GetCultureInfo("nl-NL")),
        JsonValueKind.String when value.TryGetDateTimeOffset(out var moment) && value.GetString()!.Contains('T', StringComparison.Ordinal) => Labels.Moment(moment),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
