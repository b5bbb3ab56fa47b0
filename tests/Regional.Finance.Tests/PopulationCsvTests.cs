using Regional.Finance.Population;
using Regional.Kernel.Security;

namespace Regional.Finance.Tests;

/// <summary>CBS population files as they come (encodings, separators, mistakes): read whole, or refused with a clear message.</summary>
public sealed class PopulationCsvTests
{
    private static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Files", name));

    [Fact]
    public void A_StatLine_export_in_UTF8_with_BOM_and_padded_codes_is_read()
    {
        var rows = PopulationCsv.Parse(File("statline-utf8-bom.csv"));

        rows.Select(r => r.CbsCode).ShouldBe(["GM0400", "GM0448", "GM0441", "GM1911"]);
        rows[0].Inhabitants.ShouldBe(56_388);
        rows[0].InhabitantsAged0To17.ShouldBe(10_512);
    }

    [Fact]
    public void An_ISO_8859_1_file_is_read_without_mangling()
    {
        PopulationCsv.Parse(File("latin1-unknown-code.csv")).Select(r => r.CbsCode).ShouldContain("GM1900");
    }

    [Theory]
    [InlineData("duplicate.csv", "GM0400 staat meer dan eens")]
    [InlineData("not-a-number.csv", "Regel 2, kolom inwoners: '56.388' is geen aantal")]
    [InlineData("missing-column.csv", "Kolom gemeentecode (RegioS) ontbreekt")]
    public void A_broken_file_is_refused_with_a_message_naming_the_problem(string file, string message)
    {
        Should.Throw<RuleViolationException>(() => PopulationCsv.Parse(File(file))).Message.ShouldContain(message);
    }
}
