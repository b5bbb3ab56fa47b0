using System.Text;
using nietras.SeparatedValues;
using Regional.Kernel.Security;

namespace Regional.Kernel.Csv;

/// <summary>A data row of a CSV file: the line it starts on and its cells, trimmed and unquoted.</summary>
public sealed record CsvRow(int Line, string[] Cells);

/// <summary>
/// CSV as Dutch spreadsheets and systems exchange it, in one place (on Sep): semicolon-separated (a comma where the
/// source uses one), quoted where needed, UTF-8 with or without BOM in, ISO-8859-1 in where a source writes it (CBS),
/// UTF-8 with BOM out, and no cell a spreadsheet would run as a formula.
/// </summary>
public static class DutchCsv
{
    /// <summary>The text of an uploaded file: UTF-8 (BOM or not); else ISO-8859-1 when <paramref name="latin1"/>, or refused.</summary>
    public static string Decode(byte[] content, bool latin1)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bom = Encoding.UTF8.GetPreamble();
        var start = content.AsSpan().StartsWith(bom) ? bom.Length : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException) when (latin1)
        {
            return Encoding.Latin1.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new RuleViolationException("File", "Het bestand is geen UTF-8-tekst (CSV); sla het op als CSV UTF-8.");
        }
    }

    /// <summary>
    /// Opens CSV text whose first line names the columns. <paramref name="separator"/> null: a semicolon or a comma,
    /// whichever the header line uses.
    /// </summary>
    public static CsvFile Read(TextReader text, char? separator = ';')
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = Sep.Reader(o => o with
        {
            Sep = separator is { } s ? new Sep(s) : null, HasHeader = true, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true,
        }).From(text);
        return new CsvFile(reader);
    }

    /// <summary>Writes the rows (the first is usually the header) separated by semicolons, each cell quoted where needed.</summary>
    public static void Write(TextWriter output, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = Sep.Writer(o => o with { Sep = new Sep(';'), Escape = true, WriteHeader = false }).To(output, leaveOpen: true);
        foreach (var cells in rows)
        {
            using var row = writer.NewRow();
            for (var i = 0; i < cells.Count; i++)
            {
                row[Column(i)].Set(Safe(cells[i] ?? ""));
            }
        }
    }

    /// <summary>The whole file as UTF-8 with a BOM, which Dutch Excel needs to read accents right.</summary>
    public static byte[] Bytes(IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var text = new StringWriter();
        Write(text, rows);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static readonly string[] Columns = [.. Enumerable.Range(0, 64).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static string Column(int index) => index < Columns.Length ? Columns[index] : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A leading = + - @ would be run as a formula by spreadsheets (CSV injection); numbers keep their sign.
    private static string Safe(string cell) =>
        cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !decimal.TryParse(cell, out _) ? "'" + cell : cell;
}

/// <summary>An open CSV file: its header (trimmed, lower case) and its data rows one at a time, blank lines skipped.</summary>
public sealed class CsvFile : IDisposable
{
    private readonly SepReader reader;

    internal CsvFile(SepReader reader)
    {
        this.reader = reader;
        Header = [.. reader.Header.ColNames.Select(h => h.Trim().ToLowerInvariant())];
    }

    public IReadOnlyList<string> Header { get; }

    public IEnumerable<CsvRow> Rows()
    {
        while (reader.MoveNext())
        {
            if (RowOf(reader) is { } row)
            {
                yield return row;
            }
        }
    }

    public void Dispose() => reader.Dispose();

    private static CsvRow? RowOf(SepReader reader)
    {
        var row = reader.Current;
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }

        return cells.All(c => c.Length == 0) ? null : new CsvRow(row.LineNumberFrom, cells);
    }
}
