using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Finance;

/// <summary>Year-end: a draft of every pool of the year in one go; a pool that cannot be settled is named with the reason.</summary>
public sealed class YearEndDraftTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Api = "/api/regions/kop-van-noord-holland/finance";

    [Fact]
    public async Task Every_pool_of_the_year_is_drafted_and_one_without_a_key_is_named_with_the_reason()
    {
        using var controller = await app.SignedInClientAsync("controller.knh");
        await OpenPoolWithoutKeyAsync(controller);

        var response = await controller.PostAsJsonAsync($"{Api}/settlements/drafts", new { year = 2019 });
        var outcomes = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var drafted = outcomes.Single(o => o.GetProperty("pool").GetString() == "Verblijf Jeugd 2019");
        drafted.GetProperty("settlementId").GetGuid().ShouldNotBe(Guid.Empty);
        var skipped = outcomes.Single(o => o.GetProperty("pool").GetString() == "Begeleiding 2019");
        skipped.GetProperty("problem").GetString()!.ShouldContain("nog geen verdeelsleutel");
        using var municipality = await app.SignedInClientAsync("gemeente.denhelder");
        (await municipality.PostAsJsonAsync($"{Api}/settlements/drafts", new { year = 2019 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_controller_drafts_the_year_from_the_pools_page_and_sees_each_pools_latest_run()
    {
        var page = await app.SignInAsync("controller2.knh");
        await page.GetByRole(AriaRole.Link, new() { Name = "Financiën" }).ClickAsync();
        await page.GetByLabel("Jaar").SelectOptionAsync("2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept-verrekeningen opstellen" }).ClickAsync();

        (await page.Locator("[data-testid=year-draft-report]").InnerTextAsync()).ShouldContain("pools van 2019 hebben een concept-verrekening");
        var row = page.Locator("[data-testid=pools] tr", new() { HasText = "Verblijf Jeugd 2019" });
        await row.GetByRole(AriaRole.Link, new() { Name = "Concept" }).ClickAsync();
        (await page.Locator("[data-testid=status]").InnerTextAsync()).ShouldBe("Concept");
    }

    /// <summary>A Begeleiding cost opens the region's threshold pool of 2019, which has no key yet.</summary>
    private static async Task OpenPoolWithoutKeyAsync(HttpClient controller)
    {
        var products = await controller.GetFromJsonAsync<JsonElement>("/api/regions/kop-van-noord-holland/purchasing/products");
        var begeleiding = products.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "KNH-JGD-BG").GetProperty("id").GetGuid();
        var cost = await controller.PostAsJsonAsync($"{Api}/costs", new { municipalityCbsCode = "GM0400", productId = begeleiding, day = "2019-03-31", amount = 1_000m, sourceKey = "year-end:bg" });
        cost.EnsureSuccessStatusCode();
    }
}
