using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Browser;

/// <summary>Each role signs in through the Dutch web UI and sees what that role may see, and nothing more.</summary>
public sealed class RoleViewsBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_regional_purchaser_lands_on_their_region_with_its_ten_members()
    {
        var page = await app.SignInAsync("inkoper.rigg");

        page.Url.ShouldEndWith("/regio/rigg");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("RIGG");
        (await page.Locator("[data-testid=members] tbody tr").CountAsync()).ShouldBe(10);
        (await page.Locator("[data-testid=members]").InnerTextAsync()).ShouldContain("Westerwolde");
        (await page.Locator(".lead").InnerTextAsync()).ShouldContain("inkoper");
    }

    [Fact]
    public async Task A_user_of_one_region_gets_not_found_for_the_other_region()
    {
        var page = await app.SignInAsync("inkoper.rigg");

        var response = await page.GotoAsync("/regio/kop-van-noord-holland");

        response!.Status.ShouldBe(404);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Niet gevonden");
        (await page.ContentAsync()).ShouldNotContain("Den Helder");
    }

    [Fact]
    public async Task A_municipality_user_sees_its_own_access_teams_but_not_those_of_another_member()
    {
        var page = await app.SignInAsync("gemeente.groningen");

        await page.GotoAsync("/regio/rigg/gemeenten/GM0014");
        (await page.Locator("[data-testid=access-teams]").InnerTextAsync()).ShouldContain("WIJ Groningen");

        await page.GotoAsync("/regio/rigg/gemeenten/GM0047");
        (await page.Locator("[data-testid=no-access-teams]").IsVisibleAsync()).ShouldBeTrue();
        (await page.ContentAsync()).ShouldNotContain("Centrum voor Jeugd en Gezin Veendam");
    }

    [Fact]
    public async Task A_municipality_user_adds_an_access_team_and_a_bad_email_is_named()
    {
        var page = await app.SignInAsync("gemeente.denhelder");
        await page.GotoAsync("/regio/kop-van-noord-holland/gemeenten/GM0400");

        await page.GetByLabel("Naam").FillAsync("Wmo-loket Den Helder");
        await page.GetByLabel("E-mail").FillAsync("geen-adres");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        (await page.Locator(".error").InnerTextAsync()).ShouldContain("geen geldig e-mailadres");

        await page.GetByLabel("E-mail").FillAsync("wmo@denhelder.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        (await page.Locator("[data-testid=access-teams]").InnerTextAsync()).ShouldContain("Wmo-loket Den Helder");
    }

    [Fact]
    public async Task An_auditor_reads_the_audit_log_and_gets_no_forms_to_change_anything()
    {
        var page = await app.SignInAsync("auditor.knh");

        await page.GetByRole(AriaRole.Link, new() { Name = "Auditlog" }).ClickAsync();
        (await page.Locator("[data-testid=audit-log] tbody tr").CountAsync()).ShouldBeGreaterThan(0);

        await page.GotoAsync("/regio/kop-van-noord-holland/gemeenten/GM0400");
        (await page.Locator("form.inline-form").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_municipality_finance_controller_is_told_they_see_their_own_share()
    {
        var page = await app.SignInAsync("controller.groningen");

        (await page.Locator(".lead").InnerTextAsync()).ShouldContain("controller van uw gemeente");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Auditlog" }).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task The_platform_administrator_sees_all_regions_and_adds_a_membership_for_one_domain()
    {
        var page = await app.SignInAsync("beheerder");

        await page.GotoAsync("/beheer");
        (await page.Locator("[data-testid=admin-regions] tbody tr").CountAsync()).ShouldBe(2);
        (await page.Locator("[data-testid=sign-ins]").InnerTextAsync()).ShouldContain("beheerder");
        (await page.Locator("[data-testid=silos] tbody tr", new() { HasText = "actief" }).CountAsync()).ShouldBe(1); // this test's host is the one silo

        await page.GotoAsync("/regio/kop-van-noord-holland/lidmaatschappen/nieuw");
        await page.GetByLabel("CBS-gemeentecode").FillAsync("GM1911");
        await page.GetByLabel("Domein").SelectOptionAsync("Wmo");
        await page.GetByLabel("Vanaf").FillAsync("2026-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        page.Url.ShouldEndWith("/regio/kop-van-noord-holland");
        var hollandsKroon = page.Locator("[data-testid=members] tr", new() { HasText = "Hollands Kroon" });
        (await hollandsKroon.InnerTextAsync()).ShouldContain("via regio vanaf 01-01-2026");
    }

    [Fact]
    public async Task A_wrong_password_shows_one_message_without_saying_which_part_was_wrong()
    {
        var page = await app.SignInAsync("controller.rigg", "niet-het-wachtwoord");

        page.Url.ShouldContain("/inloggen");
        (await page.Locator("[data-testid=login-error]").InnerTextAsync()).ShouldBe("Onjuiste gebruikersnaam of wachtwoord.");
    }

    [Fact]
    public async Task Signing_out_returns_to_the_login_page_and_protected_pages_ask_to_sign_in_again()
    {
        var page = await app.SignInAsync("auditor.rigg");

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.WaitForURLAsync("**/inloggen");
        await page.GotoAsync("/regio/rigg");

        page.Url.ShouldContain("/inloggen");
    }
}
