using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Finance;

/// <summary>The controller's path in the web UI: pool and key, draft, approval by a second controller, posting.</summary>
public sealed class ControllerPathBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_controller_drafts_a_second_approves_and_the_first_posts_the_settlement_each_seeing_only_their_next_step_confirmed()
    {
        var first = await app.SignInAsync("controller.knh");
        await first.GetByRole(AriaRole.Link, new() { Name = "Financiën" }).ClickAsync();
        await first.GetByRole(AriaRole.Link, new() { Name = "Verblijf Jeugd 2019" }).ClickAsync();

        (await first.Locator("[data-testid=pooled-cost]").InnerTextAsync()).ShouldBe("€ 1.068.253,20");
        (await first.Locator("[data-testid=key]").InnerTextAsync()).ShouldContain("Den Helder");
        await first.GetByRole(AriaRole.Button, new() { Name = "Concept-verrekening opstellen" }).ClickAsync();
        (await first.Locator("[data-testid=status]").InnerTextAsync()).ShouldBe("Concept");
        var statement = await first.Locator("[data-testid=statement]").InnerTextAsync();
        statement.ShouldContain("Totaal");
        statement.ShouldContain("1.068.253,20");
        await first.GetByRole(AriaRole.Link, new() { Name = "Texel" }).ClickAsync();
        (await first.Locator("[data-testid=total]").InnerTextAsync()).ShouldBe("€ 88.120,00"); // every euro Texel bore, explained
        (await first.Locator("[data-testid=ledger-lines] tbody tr").CountAsync()).ShouldBe(12);
        (await first.Locator("[data-testid=ledger-lines]").InnerTextAsync()).ShouldContain("cost:demo:GM0448:KNH-JGD-PZ:2019-01");
        await first.GoBackAsync();
        (await first.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren (tweede persoon)" }).CountAsync()).ShouldBe(0, "the drafter cannot approve: not offered");
        (await first.Locator("[data-testid=next-step]").InnerTextAsync()).ShouldContain("een tweede controller van de regio keurt haar goed");
        var settlementUrl = first.Url;

        var second = await app.SignInAsync("controller2.knh");
        await second.GotoAsync(settlementUrl);
        await second.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren (tweede persoon)" }).ClickAsync();
        (await second.Locator("[data-testid=status]").InnerTextAsync()).ShouldBe("Goedgekeurd");
        (await second.Locator("[data-testid=notice]").InnerTextAsync()).ShouldContain("Goedgekeurd. Een controller van de regio kan de verrekening nu boeken");

        await first.GotoAsync(settlementUrl);
        await first.GetByRole(AriaRole.Button, new() { Name = "Boeken in het grootboek" }).ClickAsync();
        (await first.Locator("[data-testid=status]").InnerTextAsync()).ShouldBe("Geboekt");
        (await first.Locator("[data-testid=notice]").InnerTextAsync()).ShouldContain("Geboekt in het grootboek");
        (await first.GetByRole(AriaRole.Button).Filter(new() { HasText = "Boeken" }).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_municipality_user_sees_the_pool_and_its_key_but_cannot_settle()
    {
        var page = await app.SignInAsync("gemeente.denhelder");

        await page.GotoAsync("/regio/kop-van-noord-holland/financien");
        await page.GetByRole(AriaRole.Link, new() { Name = "Verblijf Jeugd 2019" }).ClickAsync();

        (await page.Locator("[data-testid=key]").InnerTextAsync()).ShouldContain("Hollands Kroon");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Concept-verrekening opstellen" }).CountAsync()).ShouldBe(0);
    }
}
