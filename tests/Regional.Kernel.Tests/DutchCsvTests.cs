using System.Text;
using Regional.Kernel.Csv;
using Regional.Kernel.Security;

namespace Regional.Kernel.Tests;

/// <summary>The one CSV reader and writer: what Dutch spreadsheets and CBS exports write, and what they read back.</summary>
public sealed class DutchCsvTests
{
    [Fact]
    public void Quoted_cells_are_unquoted_and_trimmed_blank_lines_skipped_and_each_row_knows_its_line()
    {
        using var file = DutchCsv.Read(new StringReader("Code; Naam ;Bedrag\nGM0400;\"Den Helder; stad\";12,50\n\nGM0448;\"Texel \"\"het eiland\"\"\"; -3\n"));

        file.Header.ShouldBe(["code", "naam", "bedrag"]);
        file.Rows().Select(r => $"{r.Line}:{string.Join('|', r.Cells)}").ShouldBe(["2:GM0400|Den Helder; stad|12,50", "4:GM0448|Texel \"het eiland\"|-3"]);
    }

    [Fact]
    public void Without_a_given_separator_the_header_decides_between_semicolon_and_comma()
    {
        using var file = DutchCsv.Read(new StringReader("RegioS,Bevolking\nGM0400,56388\n"), separator: null);

        file.Rows().Single().Cells.ShouldBe(["GM0400", "56388"]);
    }

    [Fact]
    public void Text_is_UTF8_with_or_without_BOM_and_ISO_8859_1_only_where_a_source_writes_it()
    {
        var latin1 = Encoding.Latin1.GetBytes("gemeente;naam\nGM1900;Súdwest-Fryslân\n");

        DutchCsv.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("a;b")], latin1: false).ShouldBe("a;b");
        DutchCsv.Decode(latin1, latin1: true).ShouldContain("Súdwest-Fryslân");
        Should.Throw<RuleViolationException>(() => DutchCsv.Decode(latin1, latin1: false)).Message.ShouldContain("geen UTF-8");
    }

    [Fact]
    public void Written_cells_read_back_the_same_and_none_runs_as_a_formula()
    {
        IReadOnlyList<string?>[] rows = [["Omschrijving", "Bedrag"], ["=HYPERLINK(\"x\")", "-12,50"], ["a;b \"c\"", null]];

        var bytes = DutchCsv.Bytes(rows);

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        using var file = DutchCsv.Read(new StringReader(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)));
        file.Rows().Select(r => r.Cells).ShouldBe([["'=HYPERLINK(\"x\")", "-12,50"], ["a;b \"c\"", ""]]);
    }
}
