using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Finance;

/// <summary>The municipality's "my share" page: its budgets against actuals, its pool share and expected settlement.</summary>
public sealed class MunicipalityDashboardBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_municipality_sees_its_own_budget_use_chart_and_expected_settlement_and_nobody_elses()
    {
        var page = await app.SignInAsync("gemeente.denhelder");

        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn aandeel" }).ClickAsync();

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Aandeel van Den Helder in 2019");
        var budgets = await page.Locator("[data-testid=budgets]").InnerTextAsync();
        budgets.ShouldContain("Jeugd 2019");
        budgets.ShouldContain("€ 412.345,60");
        budgets.ShouldNotContain("ontschot"); // Texel's budget is not Den Helder's to see
        (await page.Locator("svg[data-testid=chart] rect").CountAsync()).ShouldBeGreaterThan(12);
        // Each budget has its own chart, so youth care spending is never set against the Wmo budget.
        (await page.Locator("h3").AllInnerTextsAsync()).Order().ShouldBe(
            ["Jeugd 2019: realisatie per maand tegenover de begroting", "Wmo 2019: realisatie per maand tegenover de begroting"]);
        (await page.Locator("[data-testid=monthly] tbody tr").CountAsync()).ShouldBe(12);
        var pool = await page.Locator("[data-testid=pool-shares]").InnerTextAsync();
        pool.ShouldContain("Verblijf Jeugd 2019");
        pool.ShouldContain("ontvangt € 47.555,70");
        (await page.Locator("form.inline-form").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task RIGGs_demo_shows_Groningen_a_finance_year_with_its_pool_share_and_its_declarations()
    {
        var page = await app.SignInAsync("gemeente.groningen");

        await page.GotoAsync("/regio/rigg/mijn-aandeel?jaar=2018");

        (await page.Locator("[data-testid=budgets]").InnerTextAsync()).ShouldContain("Jeugd 2018");
        var pool = await page.Locator("[data-testid=pool-shares]").InnerTextAsync();
        pool.ShouldContain("Verblijf Jeugd 2018");
        pool.ShouldContain("54,57%"); // 412 of the 755 clients, three-year average
        pool.ShouldContain("ontvangt € 91.700,9");
        await page.GotoAsync("/regio/rigg/zorg/declaraties");
        var declarations = await page.Locator("[data-testid=declarations]").InnerTextAsync();
        declarations.ShouldContain("DEMO0014D3");
        declarations.ShouldNotContain("DEMO0047D3"); // Veendam's are Veendam's
    }

    [Fact]
    public async Task A_municipal_controller_amends_its_budget_and_a_bad_amount_is_named()
    {
        var page = await app.SignInAsync("controller.denhelder");
        await page.GotoAsync("/regio/kop-van-noord-holland/mijn-aandeel?jaar=2019");

        await page.GetByLabel("Begroting", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Wmo 2019" });
        await page.GetByLabel("Wijziging (€, negatief voor een verlaging)").FillAsync("veel");
        await page.GetByLabel("Reden").FillAsync("Najaarsnota");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijziging vastleggen" }).ClickAsync();
        (await page.Locator("[data-testid=errors]").InnerTextAsync()).ShouldContain("'veel' is geen bedrag");

        await page.GetByLabel("Begroting", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Wmo 2019" });
        await page.GetByLabel("Wijziging (€, negatief voor een verlaging)").FillAsync("150.000,00");
        await page.GetByLabel("Reden").FillAsync("Najaarsnota");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijziging vastleggen" }).ClickAsync();
        (await page.Locator("[data-testid=budgets] tr", new() { HasText = "Wmo 2019" }).InnerTextAsync()).ShouldContain("€ 2.250.000,00");
        var change = await page.Locator("[data-testid=amendments] tr", new() { HasText = "Najaarsnota" }).InnerTextAsync();
        change.ShouldContain("Wmo 2019");
        change.ShouldContain("€ 150.000,00");
    }

    [Fact]
    public async Task A_municipal_controller_budgets_a_past_year_closes_it_and_then_can_no_longer_amend_it()
    {
        var page = await app.SignInAsync("controller.denhelder");
        await page.GotoAsync("/regio/kop-van-noord-holland/mijn-aandeel?jaar=2017");

        await page.GetByLabel("Domein").SelectOptionAsync(new SelectOptionValue { Label = "Wmo" });
        await page.GetByLabel("Bedrag (€)").FillAsync("80.000,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Begroting vastleggen" }).ClickAsync();
        await page.GetByLabel("Af te sluiten begroting").SelectOptionAsync(new SelectOptionValue { Label = "Wmo 2017" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Begrotingsjaar afsluiten" }).ClickAsync();

        (await page.Locator("[data-testid=budgets] tr", new() { HasText = "Wmo 2017" }).InnerTextAsync()).ShouldContain("Wmo 2017 (afgesloten)");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Wijziging vastleggen" }).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Begrotingsjaar afsluiten" }).CountAsync()).ShouldBe(0);
    }
}
