using System.Globalization;
using Regional.Kernel.Csv;
using Regional.Kernel.Security;

namespace Regional.Finance.Population;

/// <summary>
/// Reads a population file as CBS StatLine exports it: semicolon- (or comma-) separated, quoted,
/// UTF-8 (with or without BOM) or ISO-8859-1, one municipality per row. The municipality column holds
/// CBS codes ("GM0400", possibly padded); the total column is named like "Bevolking"/"TotaleBevolking"
/// or "inwoners"; an optional 0-17 column like "0 tot 18 jaar"/"JongerDan18"/"inwoners_0_17".
/// Any problem fails the whole file with a message naming the line and column.
/// </summary>
internal static class PopulationCsv
{
    private static readonly string[] CodeHeaders = ["regios", "regio's", "regio", "gemeentecode", "cbs_code", "code"];

    public static IReadOnlyList<PopulationRow> Parse(byte[] content)
    {
        using var file = DutchCsv.Read(new StringReader(DutchCsv.Decode(content, latin1: true)), separator: null);
        var headers = file.Header.ToList();
        if (headers.All(h => h.Length == 0))
        {
            throw new RuleViolationException("File", "Het bestand is leeg of heeft alleen een kopregel.");
        }

        var code = Column(headers, h => CodeHeaders.Contains(h), "gemeentecode (RegioS)");
        var total = Column(headers, h => h.Contains("totalebevolking", StringComparison.Ordinal) || h.StartsWith("bevolking", StringComparison.Ordinal) || h == "inwoners", "bevolking (totaal)");
        var young = headers.FindIndex(h => h.Contains("0 tot 18", StringComparison.Ordinal) || h.Contains("jongerdan18", StringComparison.Ordinal) || h.Contains("0_17", StringComparison.Ordinal) || h.Contains("0-17", StringComparison.Ordinal));
        var rows = new List<PopulationRow>();
        foreach (var (line, fields) in file.Rows())
        {
            if (fields.Length != headers.Count)
            {
                throw new RuleViolationException("File", $"Regel {line} heeft {fields.Length} velden, de kopregel {headers.Count}.");
            }

            rows.Add(new PopulationRow(line, fields[code].ToUpperInvariant(), Number(fields[total], line, headers[total]), young < 0 ? null : Number(fields[young], line, headers[young])));
        }

        if (rows.Count == 0)
        {
            throw new RuleViolationException("File", "Het bestand is leeg of heeft alleen een kopregel.");
        }

        var duplicate = rows.GroupBy(r => r.CbsCode).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? rows
            : throw new RuleViolationException("File", $"Gemeente {duplicate.Key} staat meer dan eens in het bestand (regels {string.Join(", ", duplicate.Select(r => r.Line))}).");
    }

    private static int Column(List<string> headers, Func<string, bool> match, string name)
    {
        var index = headers.FindIndex(h => match(h));
        return index >= 0 ? index : throw new RuleViolationException("File", $"Kolom {name} ontbreekt; gevonden kolommen: {string.Join(", ", headers)}.");
    }

    private static int Number(string field, int line, string column)
    {
        var text = field.Trim().Replace(" ", "", StringComparison.Ordinal);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RuleViolationException("File", $"Regel {line}, kolom {column}: '{field.Trim()}' is geen aantal.");
    }
}
