using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.TestSupport;
using static Regional.Host.Tests.Finance.FinanceApi;

namespace Regional.Host.Tests.Finance;

/// <summary>
/// The controller's settlement of the Kop van Noord-Holland's demo pool (Verblijf Jeugd 2019, shared by
/// inhabitants) through the API: draft, four-eyes approval, posting once, and a correction for a late cost.
/// </summary>
public sealed class SettlementFlowTests(AppFixture app) : IClassFixture<AppFixture>
{

    [Fact]
    public async Task A_pool_is_drafted_approved_by_a_second_controller_posted_once_and_corrected_later()
    {
        using var first = await app.SignedInClientAsync("controller.knh");
        using var second = await app.SignedInClientAsync("controller2.knh");
        var poolId = await PoolIdAsync(first);

        var draft = await ReadAsync(await first.PostAsync($"{FinanceRoot}/pools/{poolId}/settlements", null));
        var redraft = await ReadAsync(await second.PostAsync($"{FinanceRoot}/pools/{poolId}/settlements", null));
        var selfApproval = await first.PostAsync($"{FinanceRoot}/settlements/{Id(draft)}/approval", null);
        var postBeforeApproval = await first.PostAsync($"{FinanceRoot}/settlements/{Id(draft)}/posting", null);
        var approval = await second.PostAsync($"{FinanceRoot}/settlements/{Id(draft)}/approval", null);
        var posting = await first.PostAsync($"{FinanceRoot}/settlements/{Id(draft)}/posting", null);
        var postingAgain = await first.PostAsync($"{FinanceRoot}/settlements/{Id(draft)}/posting", null);

        // Pooled cost 1,068,253.20 = Den Helder 412,345.60 + Texel 88,120.00 + Schagen 301,777.40 + Hollands Kroon 266,010.20.
        draft.GetProperty("pooledCost").GetDecimal().ShouldBe(1_068_253.20m);
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        var amounts = draft.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()).ToList();
        amounts.Sum().ShouldBe(0m);
        amounts.Count.ShouldBe(4);
        redraft.GetProperty("inputsHash").GetString().ShouldBe(draft.GetProperty("inputsHash").GetString());
        (await ProblemAsync(selfApproval)).ShouldContain("Vier ogen");
        (await ProblemAsync(postBeforeApproval)).ShouldContain("na goedkeuring");
        approval.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        posting.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ProblemAsync(postingAgain)).ShouldContain("al geboekt");
        (await first.GetFromJsonAsync<JsonElement>($"{FinanceRoot}/settlements/{Id(draft)}")).GetProperty("status").GetString().ShouldBe("Posted");

        // Nothing changed since the posting: nothing to settle.
        (await ProblemAsync(await first.PostAsync($"{FinanceRoot}/pools/{poolId}/settlements", null))).ShouldContain("niets nieuws te verrekenen");

        // A late cost for Texel of 10,000.00 comes out as a correction that moves only the difference.
        var product = await ProductIdAsync(first, "KNH-JGD-PZ");
        var late = await first.PostAsJsonAsync($"{FinanceRoot}/costs", new { municipalityCbsCode = "GM0448", productId = product, day = "2019-12-31", amount = 10_000m, sourceKey = "late:texel:2019-12" });
        var replay = await first.PostAsJsonAsync($"{FinanceRoot}/costs", new { municipalityCbsCode = "GM0448", productId = product, day = "2019-12-31", amount = 10_000m, sourceKey = "late:texel:2019-12" });
        var correction = await ReadAsync(await first.PostAsync($"{FinanceRoot}/pools/{poolId}/settlements", null));

        late.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        correction.GetProperty("sequence").GetInt32().ShouldBe(1);
        correction.GetProperty("pooledCost").GetDecimal().ShouldBe(1_078_253.20m);
        var corrections = correction.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()).ToList();
        corrections.Sum().ShouldBe(0m);
        corrections.Select(Math.Abs).Sum().ShouldBeLessThanOrEqualTo(20_000m); // only the late 10,000 is redistributed
    }

    [Fact]
    public async Task The_statement_downloads_as_a_one_page_PDF_with_region_date_and_euro_amounts_right_aligned()
    {
        using var client = await app.SignedInClientAsync("controller.knh");
        var draft = await ReadAsync(await client.PostAsync($"{FinanceRoot}/pools/{await PoolIdAsync(client)}/settlements", null));

        var pdf = await client.GetByteArrayAsync($"{FinanceRoot}/settlements/{Id(draft)}/statement.pdf");

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page\b").ShouldBe(1);
        text.ShouldContain("Kop van Noord-Holland, " + Regional.Kernel.Values.DutchTime.Today(new Regional.Kernel.Values.DutchClock()).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));
        var saldo = System.Text.RegularExpressions.Regex.Matches(text, @"BT /F1 8\.5 Tf ([\d.]+) [\d.]+ Td \(\\200 (-?[\d.,]+)\) Tj ET").Select(m => (X: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Amount: m.Groups[2].Value)).ToList();
        saldo.Count.ShouldBeGreaterThan(8, "euro amounts with their sign");
        saldo.Select(s => s.Amount.Length).Distinct().Count().ShouldBeGreaterThan(1);
        saldo.Select(s => s.X).Distinct().Count().ShouldBeGreaterThan(4, "amounts of different lengths start at different places: right-aligned");
        await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), "regional-statement.pdf"), pdf);
    }

    [Fact]
    public async Task The_statement_workbook_holds_euro_amounts_as_numbers_that_add_up_to_its_totals()
    {
        using var client = await app.SignedInClientAsync("controller.knh");
        var draft = await ReadAsync(await client.PostAsync($"{FinanceRoot}/pools/{await PoolIdAsync(client)}/settlements", null));

        var bytes = await client.GetByteArrayAsync($"{FinanceRoot}/settlements/{Id(draft)}/statement.xlsx");

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        var cells = rows.Skip(1).Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList()).ToList();
        var members = cells.Where(c => c[0].InnerText != "Totaal").ToList();
        var total = cells.Single(c => c[0].InnerText == "Totaal");
        foreach (var column in new[] { 3, 4, 6 })
        {
            members.ShouldAllBe(c => c[column].DataType!.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number);
            members.Sum(c => decimal.Parse(c[column].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))
                .ShouldBe(decimal.Parse(total[column].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        }

        decimal.Parse(total[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1m);
    }

    [Fact]
    public async Task A_municipalitys_own_statement_is_its_own_line_without_a_total_of_the_region()
    {
        using var controller = await app.SignedInClientAsync("controller.knh");
        var draft = await ReadAsync(await controller.PostAsync($"{FinanceRoot}/pools/{await PoolIdAsync(controller)}/settlements", null));
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");

        var csv = await denHelder.GetStringAsync($"{FinanceRoot}/settlements/{Id(draft)}/statement.csv");

        var lines = csv.Trim('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith("Den Helder;");
        csv.ShouldNotContain("Totaal");
    }

    [Fact]
    public async Task The_key_shows_each_members_share_from_inhabitants()
    {
        using var client = await app.SignedInClientAsync("gemeente.denhelder");

        var key = await client.GetFromJsonAsync<JsonElement>($"{FinanceRoot}/pools/{await PoolIdAsync(client)}/key");

        var shares = key.GetProperty("shares").EnumerateArray().ToDictionary(s => s.GetProperty("municipality").GetString()!, s => s.GetProperty("share").GetDecimal());
        shares.Values.Sum().ShouldBe(1m, 0.0000000001m);
        shares["Den Helder"].ShouldBe(56_388m / (56_388m + 13_643m + 46_459m + 48_637m), 0.0000000001m);
    }

    [Fact]
    public async Task Only_the_regional_finance_controller_may_settle()
    {
        using var municipalController = await app.SignedInClientAsync("controller.denhelder");
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var poolId = await PoolIdAsync(purchaser);

        (await municipalController.PostAsync($"{FinanceRoot}/pools/{poolId}/settlements", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await purchaser.PostAsync($"{FinanceRoot}/pools/{poolId}/settlements", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_key_whose_weights_do_not_sum_to_one_is_refused_and_the_key_is_unchanged()
    {
        using var client = await app.SignedInClientAsync("controller.knh");
        var poolId = await PoolIdAsync(client);
        var before = await client.GetStringAsync($"{FinanceRoot}/pools/{poolId}/key");

        var response = await client.PutAsJsonAsync($"{FinanceRoot}/pools/{poolId}/key", new
        {
            components = new[] { new { basis = "Inhabitants", weight = 0.6 }, new { basis = "ClientsPreviousYear", weight = 0.3 } },
            inputs = Array.Empty<object>(),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("niet precies 1");
        (await client.GetStringAsync($"{FinanceRoot}/pools/{poolId}/key")).ShouldBe(before);
    }
}
