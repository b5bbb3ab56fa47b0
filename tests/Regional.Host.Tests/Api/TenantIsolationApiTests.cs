using System.Net;
using System.Net.Http.Json;
using Regional.Host.Api;
using Regional.TestSupport;

namespace Regional.Host.Tests.Api;

/// <summary>What each role may see through the API, and that nothing of another region or municipality leaks.</summary>
public sealed class TenantIsolationApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/api/regions/kop-van-noord-holland")]
    [InlineData("/api/regions/kop-van-noord-holland/access-teams")]
    [InlineData("/api/regions/kop-van-noord-holland/audit-log")]
    [InlineData("/api/regions/bestaat-niet")]
    public async Task A_user_of_region_A_asking_for_region_B_gets_404_and_no_data(string path)
    {
        using var client = await app.SignedInClientAsync("inkoper.rigg");

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("Den Helder");
        body.ShouldNotContain("Texel");
    }

    [Fact]
    public async Task A_user_sees_only_the_regions_of_their_roles()
    {
        using var client = await app.SignedInClientAsync("controller.knh");

        var regions = await client.GetFromJsonAsync<List<RegionDto>>("/api/regions");

        regions!.Select(r => r.Code).ShouldBe(["kop-van-noord-holland"]);
    }

    [Fact]
    public async Task The_platform_administrator_sees_every_region()
    {
        using var client = await app.SignedInClientAsync("beheerder");

        var regions = await client.GetFromJsonAsync<List<RegionDto>>("/api/regions");

        regions!.Select(r => r.Code).Order().ShouldBe(["kop-van-noord-holland", "rigg"]);
    }

    [Fact]
    public async Task A_municipality_user_sees_the_members_but_only_its_own_access_teams()
    {
        using var client = await app.SignedInClientAsync("gemeente.groningen");

        var region = await client.GetFromJsonAsync<RegionDetailDto>("/api/regions/rigg", Json.Options);
        var teams = await client.GetFromJsonAsync<List<AccessTeamDto>>("/api/regions/rigg/access-teams", Json.Options);

        region!.Members.Count.ShouldBe(10);
        teams!.ShouldNotBeEmpty();
        teams.ShouldAllBe(t => t.MunicipalityCbsCode == "GM0014");
    }

    [Fact]
    public async Task A_regional_purchaser_sees_the_access_teams_of_every_member()
    {
        using var client = await app.SignedInClientAsync("inkoper.rigg");

        var teams = await client.GetFromJsonAsync<List<AccessTeamDto>>("/api/regions/rigg/access-teams", Json.Options);

        teams!.Select(t => t.MunicipalityCbsCode).Distinct().Order().ShouldBe(["GM0014", "GM0047"]);
    }

    [Fact]
    public async Task A_municipality_user_cannot_add_an_access_team_for_another_municipality()
    {
        using var client = await app.SignedInClientAsync("gemeente.groningen");

        var response = await client.PostAsJsonAsync(
            "/api/regions/rigg/access-teams", new { cbsCode = "GM0047", domain = "Jeugd", name = "Team van een ander" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var purchaser = await app.SignedInClientAsync("inkoper.rigg");
        var teams = await purchaser.GetFromJsonAsync<List<AccessTeamDto>>("/api/regions/rigg/access-teams", Json.Options);
        teams!.ShouldNotContain(t => t.Name == "Team van een ander");
    }

    [Theory]
    [InlineData("auditor.rigg", "/api/regions/rigg/access-teams", HttpStatusCode.Forbidden)]
    [InlineData("inkoper.rigg", "/api/regions/rigg/memberships", HttpStatusCode.Forbidden)]
    [InlineData("controller.rigg", "/api/regions/rigg/memberships", HttpStatusCode.Forbidden)]
    public async Task Roles_without_the_right_cannot_change_anything(string user, string path, HttpStatusCode expected)
    {
        using var client = await app.SignedInClientAsync(user);

        var response = await client.PostAsJsonAsync(path, new { cbsCode = "GM0014", domain = "Wmo", name = "x", validFrom = "2030-01-01" });

        response.StatusCode.ShouldBe(expected);
    }

    [Theory]
    [InlineData("gemeente.groningen", HttpStatusCode.Forbidden)]
    [InlineData("auditor.rigg", HttpStatusCode.OK)]
    [InlineData("controller.rigg", HttpStatusCode.OK)]
    public async Task The_audit_log_is_for_auditors_controllers_and_purchasers(string user, HttpStatusCode expected)
    {
        using var client = await app.SignedInClientAsync(user);

        (await client.GetAsync("/api/regions/rigg/audit-log")).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task A_municipality_controller_reads_only_its_own_municipalitys_audit_entries_in_the_api_and_on_the_page()
    {
        const string knh = "/api/regions/kop-van-noord-holland/audit-log?take=1000";
        using var denHelder = await app.SignedInClientAsync("controller.denhelder");
        using var auditor = await app.SignedInClientAsync("auditor.knh");
        var expected = await app.ScalarAsSuperuserAsync<long>(
            "SELECT count(*) FROM kernel.audit_log a JOIN kernel.regions r ON r.id = a.region_id JOIN kernel.municipalities m ON m.id = a.municipality_id " +
            "WHERE r.code = 'kop-van-noord-holland' AND m.cbs_code = 'GM0400'");
        var texel = await app.ScalarAsSuperuserAsync<Guid>("SELECT id FROM kernel.municipalities WHERE cbs_code = 'GM0448'");

        var own = await denHelder.GetFromJsonAsync<List<AuditEntryDto>>(knh);
        var all = await auditor.GetFromJsonAsync<List<AuditEntryDto>>(knh);
        var page = await denHelder.GetStringAsync("/regio/kop-van-noord-holland/audit");

        expected.ShouldBeGreaterThan(0);
        own!.Count.ShouldBe((int)expected);
        all!.Count.ShouldBeGreaterThan(own.Count);
        all.ShouldContain(e => e.Changes.Contains(texel.ToString()));
        own.ShouldNotContain(e => e.Changes.Contains(texel.ToString()));
        page.ShouldNotContain(texel.ToString());
    }

    [Fact]
    public async Task A_municipality_user_cannot_read_an_import_job_submitted_for_the_whole_region()
    {
        const string jobs = "/api/regions/kop-van-noord-holland/care/import-jobs";
        using var controller = await app.SignedInClientAsync("controller.knh");
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var regional = await controller.PostAsync($"{jobs}?kind=Declaration&fileName=regio.xml", new StringContent("<niet-af/>", System.Text.Encoding.UTF8, "application/xml"));
        var own = await denHelder.PostAsync($"{jobs}?kind=Declaration&fileName=eigen.xml", new StringContent("<niet-af/>", System.Text.Encoding.UTF8, "application/xml"));
        var regionalJob = regional.Headers.Location!.ToString();

        (await denHelder.GetAsync(regionalJob)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await denHelder.GetStringAsync(jobs)).ShouldNotContain("regio.xml");
        (await denHelder.GetAsync(own.Headers.Location!.ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await controller.GetAsync(regionalJob)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await controller.GetStringAsync(jobs)).ShouldContain("eigen.xml");
    }

    [Fact]
    public async Task Without_signing_in_the_API_answers_401_with_a_problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/regions/rigg");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
