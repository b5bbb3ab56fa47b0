using System.Globalization;
using System.Text;
using Regional.Kernel.Security;

namespace Regional.Finance.Population;

/// <summary>
/// Reads a population file as CBS StatLine exports it: semicolon- (or comma-) separated, quoted,
/// UTF-8 (with or without BOM) or ISO-8859-1, one municipality per row. The municipality column holds
/// CBS codes ("GM0400", possibly padded); the total column is named like "Bevolking"/"TotaleBevolking"
/// or "inwoners"; an optional 0-17 column like "0 tot 18 jaar"/"JongerDan18"/"inwoners_0_17".
/// Any problem fails the whole file with a message naming the line and column.
/// </summary>
public static class PopulationCsv
{
    private static readonly string[] CodeHeaders = ["regios", "regio's", "regio", "gemeentecode", "cbs_code", "code"];

    public static IReadOnlyList<PopulationRow> Parse(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = Decode(content).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count < 2 || lines[0].Length == 0)
        {
            throw new RuleViolationException("File", "Het bestand is leeg of heeft alleen een kopregel.");
        }

        var separator = lines[0].Count(c => c == ';') >= lines[0].Count(c => c == ',') ? ';' : ',';
        var headers = Split(lines[0], separator).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var code = Column(headers, h => CodeHeaders.Contains(h), "gemeentecode (RegioS)");
        var total = Column(headers, h => h.Contains("totalebevolking", StringComparison.Ordinal) || h.StartsWith("bevolking", StringComparison.Ordinal) || h == "inwoners", "bevolking (totaal)");
        var young = headers.FindIndex(h => h.Contains("0 tot 18", StringComparison.Ordinal) || h.Contains("jongerdan18", StringComparison.Ordinal) || h.Contains("0_17", StringComparison.Ordinal) || h.Contains("0-17", StringComparison.Ordinal));
        var rows = new List<PopulationRow>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Split(lines[i], separator);
            if (fields.Count != headers.Count)
            {
                throw new RuleViolationException("File", $"Regel {i + 1} heeft {fields.Count} velden, de kopregel {headers.Count}.");
            }

            rows.Add(new PopulationRow(i + 1, fields[code].Trim().ToUpperInvariant(), Number(fields[total], i + 1, headers[total]), young < 0 ? null : Number(fields[young], i + 1, headers[young])));
        }

        var duplicate = rows.GroupBy(r => r.CbsCode).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? rows
            : throw new RuleViolationException("File", $"Gemeente {duplicate.Key} staat meer dan eens in het bestand (regels {string.Join(", ", duplicate.Select(r => r.Line))}).");
    }

    /// <summary>UTF-8 (BOM or not) when the bytes are valid UTF-8, else ISO-8859-1, the other encoding CBS exports use.</summary>
    private static string Decode(byte[] content)
    {
        var bom = Encoding.UTF8.GetPreamble();
        if (content.AsSpan().StartsWith(bom))
        {
            return Encoding.UTF8.GetString(content, bom.Length, content.Length - bom.Length);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
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

    private static List<string> Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
