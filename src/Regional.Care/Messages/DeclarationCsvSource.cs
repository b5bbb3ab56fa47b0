using System.Globalization;
using System.Text;
using Regional.Care.Declarations;
using Regional.Kernel.Csv;
using Regional.Kernel.Privacy;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;

namespace Regional.Care.Messages;

/// <summary>
/// A declaration as a CSV file, for Participatie (no iStandaard) and for regions whose old system exports CSV:
/// semicolon-separated, UTF-8, a header line naming <see cref="Columns"/>; one file is one declaration, so every
/// row names the same provider, municipality, number and period. Amounts in euros (decimal comma or point),
/// dates as dd-mm-jjjj or jjjj-mm-dd. Read line by line; one bad line refuses the whole file.
/// </summary>
internal sealed class DeclarationCsvSource : IDeclarationSource
{
    public static readonly string[] Columns =
    [
        "domein", "aanbieder_agb", "gemeente", "declaratienummer", "periode_begin", "periode_eind", "bsn", "referentie", "vorige_referentie",
        "toewijzingnummer", "productcategorie", "productcode", "begindatum", "einddatum", "volume", "eenheid", "tarief", "bedrag", "debet_credit",
    ];

    private readonly StreamReader text;
    private readonly CsvFile file;
    private readonly IEnumerator<CsvRow> rows;
    private readonly DateOnly receivedOn;
    private (int Line, string[] Cells)? first;

    public DeclarationCsvSource(Stream content, DateOnly receivedOn)
    {
        text = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        file = DutchCsv.Read(text);
        rows = file.Rows().GetEnumerator();
        this.receivedOn = receivedOn;
        if (!file.Header.SequenceEqual(Columns))
        {
            throw new RuleViolationException("File", $"Dit is geen iStandaard-bericht (XML) en geen declaratie in CSV: een CSV-declaratie begint met de kopregel {string.Join(";", Columns)}.");
        }

        first = NextRow() ?? throw new RuleViolationException("File", "Het bestand bevat geen prestaties na de kopregel.");
        Header = HeaderOf(first.Value);
    }

    public DeclarationHeader Header { get; }

    public IEnumerable<DeclaredLine> Lines()
    {
        var (position, row) = (0, first);
        first = null;
        for (; row is not null; row = NextRow())
        {
            yield return LineOf(++position, row.Value);
        }
    }

    public void Dispose()
    {
        rows.Dispose();
        file.Dispose();
        text.Dispose();
    }

    private (int Line, string[] Cells)? NextRow()
    {
        if (!rows.MoveNext())
        {
            return null;
        }

        var (line, cells) = rows.Current;
        return cells.Length == Columns.Length ? (line, cells) : throw Refuse(line, $"{cells.Length} kolommen, verwacht {Columns.Length}.");
    }

    private DeclarationHeader HeaderOf((int Line, string[] Cells) row)
    {
        var domain = Enum.TryParse<SocialDomain>(row.Cells[0], ignoreCase: true, out var d)
            ? d
            : throw Refuse(row.Line, $"'{row.Cells[0]}' is geen domein (Jeugd, Wmo of Participatie).");
        var gemeente = row.Cells[2].ToUpperInvariant();
        gemeente = gemeente.StartsWith("GM", StringComparison.Ordinal) ? gemeente : "GM" + gemeente.PadLeft(4, '0');
        var number = Required(row, 3, "declaratienummer");
        return new DeclarationHeader(domain, DeclarationFormat.Csv, "CSV", Required(row, 1, "aanbieder_agb"), gemeente, number, receivedOn, number,
            new Period(Date(row, 4), Date(row, 5)), null, null, null);
    }

    private DeclaredLine LineOf(int position, (int Line, string[] Cells) row)
    {
        var c = row.Cells;
        if (!string.Equals(c[1], Header.ProviderAgb, StringComparison.Ordinal) || !string.Equals(c[3], Header.Number, StringComparison.Ordinal)
            || Date(row, 4) != Header.Period.Start || Date(row, 5) != Header.Period.End)
        {
            throw Refuse(row.Line, "één bestand is één declaratie: aanbieder, declaratienummer en periode zijn op elke regel gelijk aan die van de eerste.");
        }

        var client = Bsn.IsValid(c[6]) ? Bsn.Parse("bsn", c[6]) : throw Refuse(row.Line, "het BSN doorstaat de elfproef niet.");
        var credit = c[18].ToUpperInvariant() switch
        {
            "D" => false,
            "C" => true,
            _ => throw Refuse(row.Line, $"debet_credit is D of C, niet '{c[18]}'."),
        };
        return new DeclaredLine(position, $"regel {row.Line}", client, Required(row, 7, "referentie"), c[8].Length > 0 ? c[8] : null, Required(row, 9, "toewijzingnummer"),
            Required(row, 10, "productcategorie"), c[11], Date(row, 12), Date(row, 13), Amount(row, 14), Required(row, 15, "eenheid"),
            c[16].Length > 0 ? Amount(row, 16) : null, Amount(row, 17), credit);
    }

    private static string Required((int Line, string[] Cells) row, int column, string name) =>
        row.Cells[column].Length > 0 ? row.Cells[column] : throw Refuse(row.Line, $"{name} ontbreekt.");

    private static DateOnly Date((int Line, string[] Cells) row, int column) =>
        DateOnly.TryParseExact(row.Cells[column], ["dd-MM-yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Refuse(row.Line, $"{Columns[column]} '{row.Cells[column]}' is geen datum (dd-mm-jjjj of jjjj-mm-dd).");

    private static decimal Amount((int Line, string[] Cells) row, int column) =>
        decimal.TryParse(row.Cells[column].Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Refuse(row.Line, $"{Columns[column]} '{row.Cells[column]}' is geen bedrag of aantal.");

    private static RuleViolationException Refuse(int line, string what) => MessageWalker.Refuse(line, what);
}
