using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.Host.Api;
using Regional.TestSupport;

namespace Regional.Host.Tests.Api;

/// <summary>Changes through the API: clear problems for bad input with nothing saved, and an audit entry for every change.</summary>
public sealed class ChangesAndErrorsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("GM12", "2030-01-01", null, "CbsCode")]
    [InlineData("GM9999", "2030-01-01", null, "CbsCode")]
    [InlineData("GM1911", "2030-01-01", "2029-12-31", "ValidTo")]
    [InlineData("GM0400", "2030-01-01", null, "ValidFrom")]
    public async Task Bad_membership_input_gets_a_problem_naming_the_field_and_changes_nothing(
        string cbsCode, string validFrom, string? validTo, string field)
    {
        using var client = await app.SignedInClientAsync("beheerder");
        var before = await MembershipCountAsync(client);

        var response = await client.PostAsJsonAsync(
            "/api/regions/kop-van-noord-holland/memberships", new { cbsCode, domain = "Jeugd", validFrom, validTo });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        (await MembershipCountAsync(client)).ShouldBe(before);
    }

    [Fact]
    public async Task A_change_through_the_app_is_in_the_audit_log_with_who_when_and_what()
    {
        using var municipality = await app.SignedInClientAsync("gemeente.groningen");
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        var response = await municipality.PostAsJsonAsync(
            "/api/regions/rigg/access-teams", new { cbsCode = "GM0014", domain = "Wmo", name = "Wmo-loket Groningen", email = "wmo@groningen.example" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var auditor = await app.SignedInClientAsync("auditor.rigg");
        var log = await auditor.GetFromJsonAsync<List<AuditEntryDto>>("/api/regions/rigg/audit-log?take=20", Json.Options);
        var entry = log!.First(e => e.Entity == "AccessTeam" && e.Changes.Contains("Wmo-loket Groningen", StringComparison.Ordinal));
        entry.ActorName.ShouldBe("gemeente.groningen");
        entry.Action.ShouldBe("Added");
        entry.OccurredAt.ShouldBeGreaterThan(started);
    }

    [Fact]
    public async Task The_same_thing_created_ten_times_at_the_same_moment_is_created_once_and_the_rest_told_it_exists()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var goal = new { reference = "OD-GELIJK", title = "Tegelijk vastgelegd", owner = "inkoper.knh", deadline = "2027-06-30" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => purchaser.PostAsJsonAsync("/api/regions/kop-van-noord-holland/monitoring/goals", goal)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.Conflict || a.StatusCode == HttpStatusCode.BadRequest);
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM monitoring.development_goals WHERE reference = 'OD-GELIJK'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_broken_rule_on_an_access_team_names_the_field()
    {
        using var client = await app.SignedInClientAsync("inkoper.rigg");

        var response = await client.PostAsJsonAsync("/api/regions/rigg/access-teams", new { cbsCode = "GM0014", domain = "Jeugd", name = "Team", email = "geen-adres" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("geen geldig e-mailadres");
    }

    [Theory]
    [InlineData("GET", "finance/budgets?year=dit-jaar", null, "application/json", HttpStatusCode.BadRequest, "year")]
    [InlineData("POST", "memberships", "{\"cbsCode\":\"GM0400\",\"domain\":\"Zorg\",\"validFrom\":\"2030-01-01\"}", "application/json", HttpStatusCode.BadRequest, "domain")]
    [InlineData("POST", "memberships", "{\"cbsCode\":\"GM0400\",\"domain\":\"Jeugd\",\"validFrom\":\"1 januari\"}", "application/json", HttpStatusCode.BadRequest, "validFrom")]
    [InlineData("POST", "memberships", "{\"cbsCode\": GM0400", "application/json", HttpStatusCode.BadRequest, "cbsCode")]
    [InlineData("POST", "memberships", "", "application/json", HttpStatusCode.BadRequest, "body")]
    public async Task Input_the_API_cannot_read_gets_a_Dutch_problem_naming_the_field(string method, string path, string? body, string type, HttpStatusCode status, string field)
    {
        using var client = await app.SignedInClientAsync("beheerder");
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/regions/kop-van-noord-holland/{path}")
        {
            Content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, type),
        };

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(status);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().ShouldBe("De invoer kan niet worden gelezen.");
        problem.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.RootElement.ToString());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_refused_in_Dutch()
    {
        using var client = await app.SignedInClientAsync("beheerder");

        var response = await client.PostAsync("/api/regions/kop-van-noord-holland/memberships", new StringContent("cbsCode=GM0400", System.Text.Encoding.UTF8, "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Deze soort inhoud wordt hier niet gelezen; stuur application/json.");
    }

    private static async Task<int> MembershipCountAsync(HttpClient client)
    {
        var region = await client.GetFromJsonAsync<RegionDetailDto>("/api/regions/kop-van-noord-holland", Json.Options);
        return region!.Members.Sum(m => m.Memberships.Count);
    }
}
