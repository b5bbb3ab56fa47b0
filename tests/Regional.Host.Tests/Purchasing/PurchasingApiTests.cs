using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regional.TestSupport;

namespace Regional.Host.Tests.Purchasing;

/// <summary>Purchasing through the API: who may change what, clear problems for bad input, and the exports.</summary>
public sealed class PurchasingApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Api = "/api/regions/kop-van-noord-holland/purchasing";

    [Theory]
    [InlineData("gemeente.denhelder")]
    [InlineData("controller.knh")]
    [InlineData("auditor.knh")]
    public async Task Other_roles_read_purchasing_but_cannot_change_it(string user)
    {
        using var client = await app.SignedInClientAsync(user);

        var products = await client.GetFromJsonAsync<JsonElement>($"{Api}/products");
        var create = await client.PostAsJsonAsync($"{Api}/providers", new { name = "X", kvkNumber = "11112222", agbCode = "98111222" });

        products.GetArrayLength().ShouldBe(10);
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_purchaser_of_another_region_gets_404_for_this_regions_purchasing()
    {
        using var client = await app.SignedInClientAsync("inkoper.rigg");

        (await client.GetAsync($"{Api}/contracts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("12345", "98000777", "KvkNumber")]
    [InlineData("11223344", "AGB", "AgbCode")]
    [InlineData("11223344", "98000001", "AgbCode")]
    public async Task A_provider_with_a_malformed_or_taken_number_gets_a_problem_naming_the_field(string kvk, string agb, string field)
    {
        using var client = await app.SignedInClientAsync("inkoper.knh");

        var response = await client.PostAsJsonAsync($"{Api}/providers", new { name = "Nieuwe aanbieder", kvkNumber = kvk, agbCode = agb });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_tariff_of_zero_is_refused_and_the_tariff_on_a_date_answers_what_held_then()
    {
        using var client = await app.SignedInClientAsync("inkoper.knh");

        var zero = await client.PostAsJsonAsync($"{Api}/tariffs", new { productCode = "KNH-WMO-DB", validFrom = "2019-01-01", validTo = "2019-12-31", amount = 0 });
        var on = await client.GetFromJsonAsync<JsonElement>($"{Api}/tariffs/on?productCode=KNH-JGD-BG&date=2020-03-01");

        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        on.GetProperty("amount").GetDecimal().ShouldBe(58.69m);
    }

    [Fact]
    public async Task A_tariff_from_a_cost_price_answers_with_the_calculation_it_came_from()
    {
        using var client = await app.SignedInClientAsync("inkoper.knh");

        var created = await client.PostAsJsonAsync($"{Api}/tariffs", new
        {
            productCode = "KNH-JGD-BG", validFrom = "2031-01-01", validTo = "2031-12-31",
            costPrice = new { personnelCostPerFte = 60_000m, productiveHoursPerFte = 1_200m, otherCostsPerUnit = 5m, overheadPercentage = 0.10m, riskPercentage = 0.02m },
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var tariff = await created.Content.ReadFromJsonAsync<JsonElement>();
        tariff.GetProperty("amount").GetDecimal().ShouldBe(61.71m); // (60,000 / 1,200 + 5) x 1.10 x 1.02, to the cent
        tariff.GetProperty("costPrice").GetProperty("personnelCostPerFte").GetDecimal().ShouldBe(60_000m);
        tariff.GetProperty("costPrice").GetProperty("riskPercentage").GetDecimal().ShouldBe(0.02m);
    }

    [Fact]
    public async Task The_contract_register_exports_as_CSV_for_Dutch_spreadsheets()
    {
        using var client = await app.SignedInClientAsync("controller.knh");

        var bytes = await client.GetByteArrayAsync($"{Api}/exports/contracten.csv");

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Contract;Aanbieder;AGB-code;Procedure");
        lines[1].ShouldStartWith("KNH-J-2019-001;Jeugdhulp De Kop B.V. (demo);98000001;Open house Jeugd 2019-2023;Jeugd;01-01-2019;31-12-2023");
    }

    [Fact]
    public async Task The_tariff_list_exports_as_a_real_xlsx_workbook()
    {
        using var client = await app.SignedInClientAsync("inkoper.knh");

        var bytes = await client.GetByteArrayAsync($"{Api}/exports/tarieven.xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Descendants<Text>().Select(t => t.Text).ToList()).ToList();
        rows[0].ShouldBe(["Product", "Omschrijving", "Eenheid", "Geldt voor", "Van", "Tot en met", "Tarief", "Grondslag"]);
        rows.ShouldContain(r => r[0] == "KNH-JGD-BG" && r[6] == "57,34" && r[7] == "kostprijsberekening");
        rows.ShouldContain(r => r[0] == "KNH-JGD-PZ" && r[3] == "KNH-J-2019-001" && r[6] == "61,15");
    }

    [Fact]
    public async Task Every_purchasing_change_is_in_the_audit_log()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var created = await purchaser.PostAsJsonAsync($"{Api}/solidarity-decisions", new
        {
            productGroup = "Behandeling", year = 2020, arrangement = "Partial", fraction = 0.5, distributionKey = "Inhabitants",
            decidedOn = "2019-11-01", reference = "PHO 2019-11",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        using var auditor = await app.SignedInClientAsync("auditor.knh");
        var log = await auditor.GetStringAsync("/api/regions/kop-van-noord-holland/audit-log?take=5");

        log.ShouldContain("SolidarityDecision");
        log.ShouldContain("inkoper.knh");
    }
}
