using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Care;

/// <summary>A municipality records an assignment in the web UI; the client shows masked, a wrong BSN is refused, the commitment reaches its budget.</summary>
public sealed class AssignmentBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_municipality_records_an_assignment_and_sees_its_commitment_with_the_client_masked()
    {
        var page = await app.SignInAsync("gemeente.denhelder");
        await page.GetByRole(AriaRole.Link, new() { Name = "Toewijzingen" }).ClickAsync();
        await FillAsync(page, "123456789");
        (await page.Locator("[data-testid=errors]").InnerTextAsync()).ShouldContain("elfproef");
        (await page.GetByLabel("BSN van de cliënt").InputValueAsync()).ShouldBeEmpty(); // a BSN is never sent back to the page

        await FillAsync(page, "111222333");

        var row = await page.Locator("[data-testid=assignments] tr", new() { HasText = "TW-UI-1" }).InnerTextAsync();
        row.ShouldContain("******333");
        row.ShouldContain("€ 1.895,65");
        (await page.ContentAsync()).ShouldNotContain("111222333");

        // Pleegzorg (Jeugd 44) leaves a housing need at 18 that the Wmo takes up; nothing is arranged yet.
        await page.GotoAsync("/regio/kop-van-noord-holland/zorg/achttien");
        var continuity = await page.Locator("[data-testid=continuity]").InnerTextAsync();
        continuity.ShouldContain("******333\t20-01-2019");
        continuity.ShouldContain("wonen: Wmo 2015: Beschermd wonen\tnee");

        // The commitment is spoken for in the municipality's budget.
        await page.GotoAsync("/regio/kop-van-noord-holland/mijn-aandeel?jaar=2019");
        (await page.Locator("[data-testid=budgets] tr", new() { HasText = "Jeugd 2019" }).InnerTextAsync()).ShouldContain("€ 1.200.000,00\t€ 1.895,65");
    }

    private static async Task FillAsync(IPage page, string bsn)
    {
        await page.GetByLabel("Toewijzingnummer").FillAsync("TW-UI-1");
        await page.GetByLabel("BSN van de cliënt").FillAsync(bsn);
        await page.GetByLabel("Geboortedatum").FillAsync("2001-01-20"); // 18 during the assignment
        await page.GetByLabel("Product").SelectOptionAsync("KNH-JGD-PZ");
        await page.GetByLabel("Van", new() { Exact = true }).FillAsync("2019-01-01");
        await page.GetByLabel("Tot en met").FillAsync("2019-01-31");
        await page.GetByLabel("Volume").FillAsync("1");
        await page.GetByLabel("Frequentie").SelectOptionAsync("PerDay");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).ClickAsync();
    }
}
