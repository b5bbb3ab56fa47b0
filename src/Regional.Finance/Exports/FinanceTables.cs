using System.Globalization;
using Regional.Finance.Pools;
using Regional.Finance.Settlements;
using Regional.Kernel.Exports;

namespace Regional.Finance.Exports;

/// <summary>
/// A settlement statement as a table: per municipality its share, obligation, borne, earlier settled and amount, and the
/// totals when the reader sees every member (a municipality's own statement is its one line).
/// </summary>
internal static class FinanceTables
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Table Statement(Settlement settlement, PoolKey key)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        ArgumentNullException.ThrowIfNull(key);
        var rows = settlement.Lines.Select(l => (IReadOnlyList<string>)
        [
            key.Members.First(m => m.MunicipalityId == l.MunicipalityId).Name,
            key.Members.First(m => m.MunicipalityId == l.MunicipalityId).CbsCode,
            l.Share.ToString("P4", Dutch),
            Euro(l.Obligation), Euro(l.Borne), Euro(l.PreviouslySettled), Euro(l.Amount),
            l.Amount > 0 ? "betaalt" : l.Amount < 0 ? "ontvangt" : "–",
        ]).OrderBy(r => r[0], StringComparer.Create(Dutch, true)).ToList();
        if (settlement.Lines.Count == key.Members.Count)
        {
            rows.Add(["Totaal", "", settlement.Lines.Sum(l => l.Share).ToString("P4", Dutch), Euro(settlement.Lines.Sum(l => l.Obligation)),
                Euro(settlement.Lines.Sum(l => l.Borne)), Euro(settlement.Lines.Sum(l => l.PreviouslySettled)), Euro(settlement.Lines.Sum(l => l.Amount)), ""]);
        }

        return new Table(
            $"Verrekening {key.Pool.Name}",
            ["Gemeente", "CBS-code", "Aandeel", "Aandeel in de kosten (€)", "Gedragen (€)", "Eerder verrekend (€)", "Saldo (€)", ""],
            rows)
        {
            Kinds = [ColumnKind.Text, ColumnKind.Text, ColumnKind.Percent, ColumnKind.Euro, ColumnKind.Euro, ColumnKind.Euro, ColumnKind.Euro, ColumnKind.Text],
        };
    }

    /// <summary>Status, who drafted and approved, and the inputs hash: what makes the statement reproducible.</summary>
    public static string Subtitle(Settlement settlement, string regionName, DateOnly printedOn)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        var status = settlement.Status switch { SettlementStatus.Posted => "geboekt", SettlementStatus.Approved => "goedgekeurd", _ => "concept" };
        return $"{regionName}, {printedOn.ToString("d MMMM yyyy", Dutch)}. Status {status}; opgesteld door {settlement.DraftedBy}" +
            (settlement.ApprovedBy is { } by ? $", goedgekeurd door {by}" : "") + $"; invoer-hash {settlement.InputsHash[..16]}…";
    }

    public static string Euro(decimal amount) => amount.ToString("N2", Dutch);
}
