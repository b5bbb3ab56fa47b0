using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Finance;

/// <summary>The controller sets a pool's key in the web UI, phased in from the current one.</summary>
public sealed class KeyEditorBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Members = ["Den Helder", "Texel", "Schagen", "Hollands Kroon"];

    [Fact]
    public async Task A_key_phased_in_over_two_years_weighs_the_old_and_the_new_key_half_each_in_the_first_year()
    {
        var page = await OpenKeyEditorAsync();
        await page.GetByLabel("Gewicht Inwoners", new() { Exact = true }).FillAsync("");
        await page.GetByLabel("Gewicht Vast percentage").FillAsync("1");
        foreach (var (member, percentage) in Members.Zip(["40", "10", "30", "20"]))
        {
            await page.GetByLabel($"Vast percentage {member}").FillAsync(percentage);
        }

        await page.GetByLabel("Eerste jaar").FillAsync("2019");
        await page.GetByLabel("Aantal jaren").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel opslaan" }).ClickAsync();

        var key = await page.Locator("[data-testid=key]").InnerTextAsync();
        key.ShouldContain("Vast percentage (gewicht 0,5)");
        key.ShouldContain("Inwoners (gewicht 0,5)");
        key.ShouldContain("40 / 100 = 40,00%");
    }

    [Fact]
    public async Task Weights_that_do_not_sum_to_one_are_refused_with_the_sum_and_the_key_stays()
    {
        var page = await OpenKeyEditorAsync();
        await page.GetByLabel("Gewicht Inwoners", new() { Exact = true }).FillAsync("0,9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel opslaan" }).ClickAsync();

        (await page.Locator("[data-testid=errors]").InnerTextAsync()).ShouldContain("tellen op tot 0,9");
        (await page.GetByLabel("Gewicht Inwoners", new() { Exact = true }).InputValueAsync()).ShouldBe("0,9"); // what was typed stays
        await page.GetByRole(AriaRole.Link, new() { Name = "Pool Verblijf Jeugd 2019" }).ClickAsync();
        (await page.Locator("[data-testid=key]").InnerTextAsync()).ShouldContain("Inwoners (gewicht 1)");
    }

    private async Task<IPage> OpenKeyEditorAsync()
    {
        var page = await app.SignInAsync("controller.knh");
        await page.GetByRole(AriaRole.Link, new() { Name = "Financiën" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Verblijf Jeugd 2019" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sleutel instellen" }).ClickAsync();
        return page;
    }
}
