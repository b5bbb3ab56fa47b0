using System.Globalization;
using Regional.Kernel.Csv;
using Regional.Kernel.Security;

namespace Regional.Monitoring.Kpis;

/// <summary>
/// The two files providers upload (semicolon-separated, UTF-8, a header line): KPI values
/// (<c>kpi;van;tot;waarde</c>) and ended trajectories (<c>client;start;einde;reden;vervolg;zrm_start;zrm_einde</c>,
/// ZRM as 13 scores separated by spaces). Every problem names its line; one bad line refuses the file.
/// </summary>
internal static class KpiCsv
{
    /// <summary>KPI files are small; anything larger is refused unread.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    public const string FileLimit = "een KPI-bestand is ten hoogste 2 MB";

    public static readonly string[] ValueColumns = ["kpi", "van", "tot", "waarde"];
    public static readonly string[] EndingColumns = ["client", "start", "einde", "reden", "vervolg", "zrm_start", "zrm_einde"];

    public static IReadOnlyList<(int Line, string Kpi, DateOnly From, DateOnly To, decimal Value)> Values(string text) =>
        Rows(text, ValueColumns).Select(r => (r.Line, r.Cells[0], Date(r, 1), Date(r, 2), Number(r, 3))).ToList();

    public static IReadOnlyList<(int Line, string Client, DateOnly Start, DateOnly End, string Reason, string? Continuation, int[]? ZrmStart, int[]? ZrmEnd)> Endings(string text) =>
        Rows(text, EndingColumns).Select(r => (r.Line, r.Cells[0], Date(r, 1), Date(r, 2), Code(r, 3, Reasons)!, Code(r, 4, Continuations), Zrm(r, 5), Zrm(r, 6))).ToList();

    private static readonly string[] Reasons = ["01", "02", "03", "04", "05"];
    private static readonly string[] Continuations = ["01", "02", "03", "04"];

    private static List<(int Line, string[] Cells)> Rows(string text, string[] columns)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var file = DutchCsv.Read(new StringReader(text));
        if (!file.Header.SequenceEqual(columns))
        {
            throw new RuleViolationException("File", $"De eerste regel moet de kolommen {string.Join(";", columns)} noemen.");
        }

        var rows = file.Rows().Select(r => (r.Line, r.Cells)).ToList();
        if (rows.Count == 0)
        {
            throw new RuleViolationException("File", "Het bestand bevat geen regels na de kopregel.");
        }

        foreach (var row in rows.Where(r => r.Cells.Length != columns.Length))
        {
            throw new RuleViolationException("File", $"Regel {row.Line}: {row.Cells.Length} kolommen, verwacht {columns.Length}.");
        }

        return rows;
    }

    private static DateOnly Date((int Line, string[] Cells) row, int column) =>
        DateOnly.TryParseExact(row.Cells[column], ["yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new RuleViolationException("File", $"Regel {row.Line}: '{row.Cells[column]}' is geen datum (jjjj-mm-dd of dd-mm-jjjj).");

    private static decimal Number((int Line, string[] Cells) row, int column) =>
        decimal.TryParse(row.Cells[column].Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RuleViolationException("File", $"Regel {row.Line}: '{row.Cells[column]}' is geen getal.");

    /// <summary>A reason for ending (required) or a continuation code (may be empty).</summary>
    private static string? Code((int Line, string[] Cells) row, int column, string[] allowed)
    {
        var text = row.Cells[column];
        var reason = allowed == Reasons;
        return text.Length == 0 && !reason ? null
            : allowed.Contains(text) ? text
            : throw new RuleViolationException("File", $"Regel {row.Line}: '{text}' is geen {(reason ? "reden beëindiging (01-05)" : "vervolgcode doelrealisatie (01-04)")}.");
    }

    private static int[]? Zrm((int Line, string[] Cells) row, int column)
    {
        var text = row.Cells[column];
        if (text.Length == 0)
        {
            return null;
        }

        var scores = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return scores.Length == 13 && scores.All(s => s.Length == 1 && s[0] is >= '1' and <= '5')
            ? scores.Select(s => s[0] - '0').ToArray()
            : throw new RuleViolationException("File", $"Regel {row.Line}: een ZRM-meting is 13 scores van 1 tot en met 5, gescheiden door spaties.");
    }

}
