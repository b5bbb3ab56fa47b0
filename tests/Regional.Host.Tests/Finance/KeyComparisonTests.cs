using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Finance;

/// <summary>Comparing candidate keys before the board decides: amounts per member, exact to the cent, as chart, table and CSV.</summary>
public sealed class KeyComparisonTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Api = "/api/regions/kop-van-noord-holland/finance";

    [Fact]
    public async Task Each_candidate_splits_the_whole_pooled_cost_and_candidates_without_data_say_why()
    {
        using var client = await app.SignedInClientAsync("gemeente.denhelder");
        var poolId = await PoolIdAsync(client);

        var response = await client.PostAsJsonAsync($"{Api}/pools/{poolId}/comparison", new object[]
        {
            new { name = "Inwoners", components = new[] { new { basis = "Inhabitants", weight = 1 } } },
            new { name = "Jeugd", components = new[] { new { basis = "InhabitantsAged0To17", weight = 1 } } },
            new { name = "Historie", components = new[] { new { basis = "HistoricalCosts", weight = 1 } } },
        });
        var comparison = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var candidates = comparison.GetProperty("candidates").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        candidates["Inwoners"].GetProperty("members").EnumerateArray().Sum(m => m.GetProperty("amount").GetDecimal()).ShouldBe(1_068_253.20m);
        candidates["Jeugd"].GetProperty("problem").GetString()!.ShouldContain("geen bevolkingscijfers");
        candidates["Historie"].GetProperty("problem").GetString()!.ShouldContain("niets naar te verdelen");
    }

    [Fact]
    public async Task The_comparison_page_shows_a_chart_with_its_numbers_as_a_table_and_CSV()
    {
        var page = await app.SignInAsync("controller.knh");
        await page.GotoAsync("/regio/kop-van-noord-holland/financien");
        await page.GetByRole(AriaRole.Link, new() { Name = "Verblijf Jeugd 2019" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sleutels vergelijken" }).ClickAsync();

        (await page.Locator("svg[data-testid=chart] rect").CountAsync()).ShouldBeGreaterThan(4);
        (await page.Locator("[data-testid=comparison] tbody tr").CountAsync()).ShouldBe(4);
        (await page.Locator("[data-testid=comparison]").InnerTextAsync()).ShouldContain("Huidige sleutel: bedrag");
        using var client = await app.SignedInClientAsync("controller.knh");
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"{Api}/pools/{await PoolIdAsync(client)}/comparison.csv"));
        csv.ShouldContain("Den Helder;");
    }

    private static async Task<Guid> PoolIdAsync(HttpClient client)
    {
        var pools = await client.GetFromJsonAsync<JsonElement>($"{Api}/pools");
        return pools.EnumerateArray().Single(p => p.GetProperty("productGroup").GetString() == "Verblijf Jeugd").GetProperty("id").GetGuid();
    }
}
