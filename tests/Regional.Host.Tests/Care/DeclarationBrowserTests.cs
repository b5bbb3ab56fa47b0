using System.Text;
using Microsoft.Playwright;
using Regional.Care.Demo;
using Regional.TestSupport;
using static Regional.Host.Tests.Care.KnhCare;

namespace Regional.Host.Tests.Care;

/// <summary>A municipality receives a declaration in the web UI: uploaded, processed in the background, each line's outcome and the answer to send.</summary>
public sealed class DeclarationBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_municipality_uploads_a_declaration_follows_the_import_and_sees_each_lines_outcome_with_the_client_masked()
    {
        using var api = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(api, "81001");
        var tariff = await TariffCentsAsync(api);
        var file = Path.Combine(Path.GetTempPath(), $"JW323_UI{Guid.NewGuid():N}.xml"[..24] + ".xml");
        await File.WriteAllTextAsync(file, Jw323File.Text(Header("UI1", "UI1"),
            [March("UI-RN1", "81001", 6, tariff), March("UI-RN2", "81001", 1, tariff + 10) with { AmountCents = tariff + 10 }]), new UTF8Encoding(false));
        var page = await app.SignInAsync("gemeente.denhelder");

        await page.GetByRole(AriaRole.Link, new() { Name = "Declaraties" }).ClickAsync();
        (await page.Locator("[data-testid=declarations]").InnerTextAsync()).ShouldContain("DEMO0400D3"); // the demo's declarations are there
        await page.GetByLabel("Bestand").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwerken" }).ClickAsync();
        await page.Locator("[data-testid=status]", new() { HasText = "klaar" }).WaitForAsync(new() { Timeout = 30_000 });
        (await page.Locator("[data-testid=result]").InnerTextAsync()).ShouldContain("2 prestaties, 1 goedgekeurd, 1 afgekeurd");
        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de declaratie" }).ClickAsync();

        (await page.Locator("[data-testid=counts]").InnerTextAsync()).ShouldBe("2, waarvan 1 goedgekeurd en 1 afgekeurd");
        var rejected = await page.Locator("[data-testid=lines] tr", new() { HasText = "UI-RN2" }).InnerTextAsync();
        rejected.ShouldContain("0611 Het ingediende tarief komt niet overeen met het contractuele tarief");
        rejected.ShouldContain("******006");
        (await page.ContentAsync()).ShouldNotContain(Client);
        (await page.GetByTestId("answer").IsVisibleAsync()).ShouldBeTrue();
        await page.GetByLabel("Het antwoord is naar de aanbieder verstuurd").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Als verstuurd vastleggen" }).ClickAsync();
        (await page.GetByTestId("notice").InnerTextAsync()).ShouldContain("Vastgelegd: het antwoord is verstuurd");
        (await page.Locator("[data-testid=declaration]").InnerTextAsync()).ShouldContain("verstuurd op");
        (await page.GetByTestId("mark-sent").CountAsync()).ShouldBe(0);

        await page.GotoAsync("/regio/kop-van-noord-holland/zorg/declaraties/overzicht?per=Provider");
        (await page.Locator("[data-testid=totals]").InnerTextAsync()).ShouldContain("0611 Het ingediende tarief");
        File.Delete(file);
    }

    [Fact]
    public async Task A_municipality_reads_in_a_JW301_from_the_assignments_page_and_finds_its_assignments_listed()
    {
        var file = Path.Combine(Path.GetTempPath(), $"JW301_UI{Guid.NewGuid():N}"[..20] + ".xml");
        await File.WriteAllTextAsync(file, AssignmentMessageTests.ForTheDemo("320201", "320202"), new UTF8Encoding(false));
        var page = await app.SignInAsync("gemeente.denhelder");

        await page.GotoAsync("/regio/kop-van-noord-holland/zorg/toewijzingen");
        await page.GetByLabel("Bericht", new() { Exact = true }).SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inlezen" }).ClickAsync();
        await page.Locator("[data-testid=status]", new() { HasText = "klaar" }).WaitForAsync(new() { Timeout = 30_000 });

        (await page.Locator("[data-testid=result]").InnerTextAsync()).ShouldContain("2 toewijzing(en) vastgelegd");
        await page.GotoAsync("/regio/kop-van-noord-holland/zorg/toewijzingen");
        (await page.Locator("[data-testid=assignments] tr", new() { HasText = "320201" }).InnerTextAsync()).ShouldContain("******006");
        File.Delete(file);
    }
}
