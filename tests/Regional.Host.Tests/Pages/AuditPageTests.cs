using System.Net;
using Regional.TestSupport;

namespace Regional.Host.Tests.Pages;

/// <summary>The audit log as an auditor uses it: a page at a time, filtered, in words, and exported as the same selection.</summary>
public sealed class AuditPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Page = "/regio/kop-van-noord-holland/audit";

    [Fact]
    public async Task The_log_comes_a_page_at_a_time_in_Dutch_with_changes_as_words()
    {
        using var auditor = await app.SignedInClientAsync("auditor.knh");

        var first = WebUtility.HtmlDecode(await auditor.GetStringAsync(Page));
        var second = WebUtility.HtmlDecode(await auditor.GetStringAsync(Page + "?pagina=2"));

        Rows(first).ShouldBe(50);
        Rows(second).ShouldBeGreaterThan(0);
        first.ShouldContain("Oudere wijzigingen");
        first.ShouldContain("toegevoegd");
        first.ShouldNotContain("\"Added\"");
        first.ShouldNotContain(":null");
        first.ShouldNotContain("{\"");
    }

    [Fact]
    public async Task Filters_narrow_the_page_and_the_csv_to_the_same_selection()
    {
        using var auditor = await app.SignedInClientAsync("auditor.knh");

        var actor = await app.ScalarAsSuperuserAsync<string>(
            "SELECT a.actor_name FROM kernel.audit_log a JOIN kernel.regions r ON r.id = a.region_id WHERE r.code = 'kop-van-noord-holland' AND a.entity = 'Declaration' LIMIT 1");

        var page = WebUtility.HtmlDecode(await auditor.GetStringAsync(Page + $"?soort=Declaration&door={actor}&van=2000-01-01"));
        var csv = await auditor.GetStringAsync($"/api/regions/kop-van-noord-holland/audit-log.csv?entity=Declaration&actor={actor}&from=2000-01-01");
        var future = WebUtility.HtmlDecode(await auditor.GetStringAsync(Page + "?van=2199-01-01"));

        var rows = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldBe("Tijdstip;Door;Actie;Object;Id;Wijziging");
        rows.Length.ShouldBeGreaterThan(1);
        rows.Skip(1).ShouldAllBe(r => r.Contains(";Declaratie;") && r.Contains(actor));
        Rows(page).ShouldBe(Math.Min(50, rows.Length - 1));
        future.ShouldContain("Geen wijzigingen die aan deze filters voldoen.");
    }

    [Fact]
    public async Task A_municipality_controller_is_told_the_log_shows_its_own_municipality_only()
    {
        using var denHelder = await app.SignedInClientAsync("controller.denhelder");

        var page = WebUtility.HtmlDecode(await denHelder.GetStringAsync(Page));

        page.ShouldContain("U ziet alleen de wijzigingen die uw eigen gemeente betreffen.");
    }

    private static int Rows(string html)
    {
        var body = html[(html.IndexOf("<tbody>", StringComparison.Ordinal) + 7)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return body.Split("<tr>").Length - 1;
    }
}
