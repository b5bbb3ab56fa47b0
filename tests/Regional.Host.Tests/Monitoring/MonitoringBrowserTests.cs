using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Monitoring;

/// <summary>The purchaser's contract page with its KPIs and reports, and the municipality's indicator page.</summary>
public sealed class MonitoringBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_purchaser_sees_the_contracts_KPIs_against_their_norms_and_sets_a_new_norm()
    {
        var page = await app.SignInAsync("inkoper.knh");
        await page.GetByRole(AriaRole.Link, new() { Name = "Monitoring" }).ClickAsync();
        (await page.Locator("[data-testid=contracts]").InnerTextAsync()).ShouldContain("Doelrealisatie: 78 (norm 75) ✓");
        await page.GetByRole(AriaRole.Link, new() { Name = "KNH-J-2019-001" }).First.ClickAsync();

        var kpis = await page.Locator("[data-testid=kpis]").InnerTextAsync();
        kpis.ShouldContain("2019 K1");
        kpis.ShouldContain("Uitval (%)\t15\t18\t16\t12");
        (await page.Locator("[data-testid=kpi-chart]").CountAsync()).ShouldBe(4);
        kpis.ShouldContain("Tijdig gedeclareerd (%)"); // derived from the demo's declarations of 2023, which all came late
        (await page.Locator("[data-testid=reports]").InnerTextAsync()).ShouldContain("Productieverantwoording met accountantsverklaring");

        await page.GetByLabel("Norm voor").SelectOptionAsync("uitval");
        await page.GetByLabel("Norm", new() { Exact = true }).FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Norm vastleggen" }).ClickAsync();
        (await page.Locator("[data-testid=kpis]").InnerTextAsync()).ShouldContain("Uitval (%)\t10\t18\t16\t12");

        await page.GetByLabel("Norm voor").SelectOptionAsync("tevredenheid");
        await page.GetByLabel("Norm", new() { Exact = true }).FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Norm vastleggen" }).ClickAsync();
        (await page.Locator("[data-testid=errors]").InnerTextAsync()).ShouldContain("Cliënttevredenheid loopt van 1 tot en met 10");
    }

    [Fact]
    public async Task The_purchaser_sees_each_providers_class_and_ceiling_and_records_a_meeting_with_an_action()
    {
        var page = await app.SignInAsync("inkoper.knh");
        await page.GotoAsync("/regio/kop-van-noord-holland/monitoring");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanbieders" }).ClickAsync();

        var providers = await page.Locator("[data-testid=providers]").InnerTextAsync();
        providers.ShouldContain("middel (overleg elk half jaar)\t15-04-2019\t15-10-2019\t200.000,00");
        (await page.Locator("[data-testid=ceiling-chart]").CountAsync()).ShouldBe(1);
        await page.Locator("[data-testid=providers] a").First.ClickAsync();

        await page.GetByLabel("Datum").FillAsync("2019-10-10");
        await page.GetByLabel("Verslag").FillAsync("Halfjaarlijks overleg: wachttijden besproken.");
        await page.GetByLabel("Afgesproken actie").FillAsync("Wachttijden per product aanleveren");
        await page.GetByLabel("Eigenaar").FillAsync("Aanbieder");
        await page.GetByLabel("Uiterlijk").FillAsync("2019-11-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Overleg vastleggen" }).ClickAsync();

        (await page.Locator("[data-testid=meeting]").First.InnerTextAsync()).ShouldContain("Wachttijden per product aanleveren");
        (await page.Locator("[data-testid=standing]").InnerTextAsync()).ShouldContain("10-04-2020"); // half a year after this meeting
    }

    [Fact]
    public async Task A_municipality_sees_its_own_indicators_as_its_budget_table_and_not_another_members()
    {
        using (var purchaser = await app.SignedInClientAsync("inkoper.rigg"))
        {
            var added = await purchaser.PostAsJsonAsync("/api/regions/rigg/monitoring/indicators", new
            {
                municipalityCbsCode = "GM1966", // Het Hogeland
                name = "Indicator van een andere gemeente",
                unit = "Percentage",
                note = "None",
                source = "test",
                values = new[] { new { year = 2017, kind = "Realised", value = 50 } },
            });
            added.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var page = await app.SignInAsync("gemeente.groningen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Monitoring" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Indicatoren" }).ClickAsync();

        var table = await page.Locator("[data-testid=indicators]").InnerTextAsync();
        table.ShouldContain("Behaald 2016\tBegroting 2017\tBeoogd 2018");
        table.ShouldContain("(zelfredzaamheid)\t81%\t82%\ttoename");
        table.ShouldContain("Aantal geïndiceerde vervoer- en woonvoorzieningen ***\t14.201\t13.359\t-");
        table.ShouldNotContain("andere gemeente");
        (await page.ContentAsync()).ShouldNotContain("andere gemeente");
    }
}
