using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Regional.TestSupport;
using static Regional.Host.Tests.Care.KnhCare;

namespace Regional.Host.Tests.Care;

/// <summary>JW301 toewijzingen imported all or nothing: the iJw example message, addressed to the demo contract.</summary>
public sealed class AssignmentMessageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Api = RegionApi + "/care/assignment-messages";

    private static readonly string Example = File.ReadAllText(Path.Combine("Care", "Files", "toewijzing-as-declaration.xml"));

    /// <summary>The example sent by Den Helder to the demo provider, for Begeleiding (45A04) and Behandeling (45A65) per hour in 2023.</summary>
    internal static string ForTheDemo(string first = "300201", string second = "300202") => Example
        .Replace("<jw301:Afzender>0384</jw301:Afzender>", "<jw301:Afzender>0400</jw301:Afzender>", StringComparison.Ordinal)
        .Replace("<jw301:Ontvanger>42420001</jw301:Ontvanger>", "<jw301:Ontvanger>98000001</jw301:Ontvanger>", StringComparison.Ordinal)
        .Replace("<ijw:Categorie>55</ijw:Categorie>", "<ijw:Categorie>45</ijw:Categorie>", StringComparison.Ordinal)
        .Replace("55A11", "45A04", StringComparison.Ordinal).Replace("55A12", "45A65", StringComparison.Ordinal)
        .Replace("<ijw:Eenheid>16</ijw:Eenheid>", "<ijw:Eenheid>04</ijw:Eenheid>", StringComparison.Ordinal)
        .Replace("2026-", "2023-", StringComparison.Ordinal)
        .Replace(">300201<", $">{first}<", StringComparison.Ordinal).Replace(">300202<", $">{second}<", StringComparison.Ordinal);

    [Fact]
    public async Task A_JW301_records_each_assigned_product_with_its_commitment_and_the_same_message_again_changes_nothing()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");

        var first = await denHelder.PostAsync(Api, Xml(ForTheDemo()));
        var again = await denHelder.PostAsync(Api, Xml(ForTheDemo()));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var made = (await first.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        made.Select(a => a.GetProperty("reference").GetString()).ShouldBe(["300201", "300202"]);
        made.ShouldAllBe(a => a.GetProperty("client").GetString() == "******006" && a.GetProperty("clientBirthDate").GetString() == "2010-02-14");
        made[0].GetProperty("frequency").GetString().ShouldBe("PerWeek");
        made[0].GetProperty("commitment").GetDecimal().ShouldBeGreaterThan(0);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("id").GetGuid())
            .ShouldBe(made.Select(a => a.GetProperty("id").GetGuid()));
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM finance.commitments WHERE source_key IN "
            + $"('assignment:{made[0].GetProperty("id").GetGuid()}', 'assignment:{made[1].GetProperty("id").GetGuid()}')")).ShouldBe(2);
    }

    [Theory]
    [InlineData("55A11", "geen product met categorie 55 en productcode 55A11")] // the example as published: not a product of this region
    [InlineData("eenheid", "eenheid 16 past niet bij KNH-JGD-BH")]
    public async Task A_JW301_with_one_bad_product_records_none_of_them(string fault, string message)
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var before = await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM care.assignments");
        var bad = fault == "55A11"
            ? Example.Replace("<jw301:Ontvanger>42420001</jw301:Ontvanger>", "<jw301:Ontvanger>98000001</jw301:Ontvanger>", StringComparison.Ordinal)
                .Replace("<jw301:Afzender>0384</jw301:Afzender>", "<jw301:Afzender>0400</jw301:Afzender>", StringComparison.Ordinal)
            : ForTheDemo("310201", "310202").Replace("<ijw:Eenheid>04</ijw:Eenheid>\n\t\t\t\t\t<ijw:Frequentie>2</ijw:Frequentie>\n\t\t\t\t</jw301:Omvang>\n\t\t\t\t<jw301:Commentaar>Commentaar Toegewezen Product 2",
                "<ijw:Eenheid>16</ijw:Eenheid>\n\t\t\t\t\t<ijw:Frequentie>2</ijw:Frequentie>\n\t\t\t\t</jw301:Omvang>\n\t\t\t\t<jw301:Commentaar>Commentaar Toegewezen Product 2", StringComparison.Ordinal);

        var response = await denHelder.PostAsync(Api, Xml(bad));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM care.assignments")).ShouldBe(before);
    }

    private static StringContent Xml(string text) => new(text, Encoding.UTF8, "application/xml");
}
