using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Purchasing;

/// <summary>The purchaser's main path in the Dutch web UI: procedure, admission, contract, tariffs, solidarity decision.</summary>
public sealed class PurchaserPathBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Root = "/regio/kop-van-noord-holland/inkoop";

    [Fact]
    public async Task A_purchaser_runs_an_open_house_from_procedure_to_tariff_and_solidarity_decision()
    {
        var page = await app.SignInAsync("inkoper.knh");

        // A provider registers; a bad AGB code is named first.
        await page.GotoAsync($"{Root}/aanbieders");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Dagbesteding Schagen (test)");
        await page.GetByLabel("KvK-nummer").FillAsync("55667788");
        await page.GetByLabel("AGB-code").FillAsync("98-1");
        await Click(page, "Registreren");
        (await page.Locator(".error").InnerTextAsync()).ShouldContain("AGB");
        await page.GetByLabel("AGB-code").FillAsync("98005566");
        await Click(page, "Registreren");
        (await page.Locator("[data-testid=providers]").InnerTextAsync()).ShouldContain("Dagbesteding Schagen (test)");

        // A procedure with one product and one mandatory requirement.
        await page.GotoAsync($"{Root}/procedures");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Open house Dagbesteding Wmo 2026");
        await page.GetByLabel("Domein").SelectOptionAsync("Wmo");
        await page.GetByLabel("Vanaf").FillAsync("2026-01-01");
        await page.GetByLabel("Tot en met (leeg: doorlopend)").FillAsync("2030-12-31");
        await page.GetByLabel("KNH-WMO-DB Dagbesteding Wmo (Wmo)").CheckAsync();
        await Click(page, "Procedure starten");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Open house Dagbesteding Wmo 2026");
        await page.GetByLabel("Eis", new() { Exact = true }).FillAsync("Locatie toegankelijk voor rolstoelen");
        await Click(page, "Eis toevoegen");

        // Admission is suspended and reopened, then the provider applies.
        await Click(page, "Toelating opschorten");
        (await page.Locator("[data-testid=admission-status]").InnerTextAsync()).ShouldBe("Toelating opgeschort");
        await Click(page, "Toelating heropenen");
        await page.GetByLabel("Aanbieder").SelectOptionAsync(new SelectOptionValue { Label = "Dagbesteding Schagen (test)" });
        await Click(page, "Aanmelding registreren");

        // Admitting without the mandatory requirement met is refused; with it, admitted.
        await Click(page, "Toelaten");
        (await page.Locator("[data-testid=errors]").InnerTextAsync()).ShouldContain("Locatie toegankelijk");
        await page.GetByLabel("Voldaan: Locatie toegankelijk voor rolstoelen").CheckAsync();
        await page.GetByLabel("Bewijs: Locatie toegankelijk voor rolstoelen").FillAsync("Schouw 12-01-2026");
        await Click(page, "Toelaten");
        (await page.Locator("[data-testid=decision]").InnerTextAsync()).ShouldBe("Toegelaten");

        // A five-year contract from the admission.
        await page.GetByLabel("Contractnummer").FillAsync("KNH-W-2026-014");
        await page.GetByLabel("Ingangsdatum").FillAsync("2026-01-01");
        await page.GetByLabel("Einddatum").FillAsync("2030-12-31");
        await page.GetByLabel("KNH-WMO-DB Dagbesteding Wmo").CheckAsync();
        await Click(page, "Contract maken");
        (await page.Locator("[data-testid=term]").InnerTextAsync()).ShouldBe("01-01-2026 t/m 31-12-2030");
        (await page.Locator("[data-testid=tariff-gaps]").InnerTextAsync()).ShouldContain("KNH-WMO-DB");

        // A tariff from a cost-price calculation closes part of the gap and explains itself.
        await page.GotoAsync($"{Root}/tarieven");
        await page.GetByLabel("Product", new() { Exact = true }).SelectOptionAsync("KNH-WMO-DB");
        await page.GetByLabel("Van", new() { Exact = true }).FillAsync("2026-01-01");
        await page.GetByLabel("Tot en met", new() { Exact = true }).FillAsync("2026-12-31");
        await page.GetByLabel("Personeelskosten per fte per jaar").FillAsync("58.000");
        await page.GetByLabel("Productieve uren per fte per jaar").FillAsync("1.400");
        await page.GetByLabel("Overige cliëntgebonden kosten per eenheid").FillAsync("6,50");
        await page.GetByLabel("Opslag overhead (%)").FillAsync("10");
        await page.GetByLabel("Opslag risico (%)").FillAsync("2");
        await Click(page, "Tarief vaststellen");
        // 4 h x 58,000 / 1,400 = 165.7143 + 6.50 = 172.2143; x 1.10 x 1.02 = 193.2244 -> 193.22
        var row = page.Locator("[data-testid=tariffs] tr", new() { HasText = "KNH-WMO-DB" }).Filter(new() { HasText = "01-01-2026 t/m 31-12-2026" });
        (await row.InnerTextAsync()).ShouldContain("€ 193,22");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        (await page.Locator("[data-testid=explanation]").InnerTextAsync()).ShouldContain("Tarief: € 193,22 per Dagdeel");

        // The solidarity decision for the product group and year.
        await page.GotoAsync($"{Root}/solidariteit");
        await page.GetByLabel("Productgroep").SelectOptionAsync("Dagbesteding");
        await page.GetByLabel("Jaar").FillAsync("2026");
        await page.GetByLabel("Regeling").SelectOptionAsync("Partial");
        await page.GetByLabel("Gedeeld deel (bij gedeeltelijk, bijv. 0,6)").FillAsync("1,5");
        await page.GetByLabel("Verdeelsleutel").SelectOptionAsync("Inhabitants");
        await page.GetByLabel("Besloten op").FillAsync("2025-11-15");
        await page.GetByLabel("Kenmerk besluit").FillAsync("PHO 2025-11");
        await Click(page, "Besluit vastleggen");
        (await page.Locator("[data-testid=errors]").InnerTextAsync()).ShouldContain("tussen 0 en 1");
        await page.GetByLabel("Gedeeld deel (bij gedeeltelijk, bijv. 0,6)").FillAsync("0,6");
        await Click(page, "Besluit vastleggen");
        var decision = page.Locator("[data-testid=solidarity] tr", new() { HasText = "PHO 2025-11" });
        (await decision.InnerTextAsync()).ShouldContain("Gedeeltelijk gedeeld (60% gedeeld)");
    }

    [Fact]
    public async Task A_municipality_user_reads_the_solidarity_decisions_and_sees_which_apply_to_it()
    {
        var page = await app.SignInAsync("gemeente.denhelder");

        await page.GotoAsync($"{Root}/solidariteit");

        var verblijf = page.Locator("[data-testid=solidarity] tr", new() { HasText = "Verblijf Jeugd" });
        (await verblijf.InnerTextAsync()).ShouldEndWith("ja");
        (await page.Locator("form.inline-form").CountAsync()).ShouldBe(0);
        await page.GotoAsync($"{Root}/contracten");
        (await page.Locator("[data-testid=contracts]").InnerTextAsync()).ShouldContain("KNH-J-2019-001");
    }

    private static Task Click(IPage page, string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
}
