using System.Net;
using System.Net.Http.Json;
using Regional.TestSupport;

namespace Regional.Host.Tests.Security;

/// <summary>
/// SameSite does not stop a sibling origin (another port or subdomain) from sending the cookie, so a change through the
/// cookie API must show it comes from this site: its Origin, or an antiforgery token.
/// </summary>
public sealed class ApiRequestOriginTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Teams = "/api/regions/rigg/access-teams";

    [Theory]
    [InlineData("http://127.0.0.1:1")]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task A_change_from_another_origin_or_from_none_is_refused_and_changes_nothing(string? origin)
    {
        using var client = await app.SignedInClientAsync("gemeente.groningen");
        client.DefaultRequestHeaders.Remove("Origin");
        if (origin is not null)
        {
            client.DefaultRequestHeaders.Add("Origin", origin);
        }

        var response = await client.PostAsJsonAsync(Teams, Team("Van elders"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("het komt niet van deze site");
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM kernel.access_teams WHERE name = 'Van elders'")).ShouldBe(0);
        (await client.GetAsync(Teams)).StatusCode.ShouldBe(HttpStatusCode.OK, "reading needs no origin");
    }

    [Fact]
    public async Task Signing_in_from_another_origin_is_refused()
    {
        using var client = app.CreateClientWithoutOrigin();
        client.DefaultRequestHeaders.Add("Origin", "http://127.0.0.1:1");

        var response = await client.PostAsJsonAsync("/api/session", new { userName = "gemeente.groningen", password = TestPasswords.For("gemeente.groningen") });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task A_change_from_this_site_or_with_the_antiforgery_token_goes_through()
    {
        using var client = await app.SignedInClientAsync("gemeente.groningen");
        (await client.PostAsJsonAsync(Teams, Team("Met origin"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var page = await client.GetStringAsync("/regio/rigg");
        var token = FormToken.In(page);
        client.DefaultRequestHeaders.Remove("Origin");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", token);

        (await client.PostAsJsonAsync(Teams, Team("Met token"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private static object Team(string name) => new { cbsCode = "GM0014", domain = "Wmo", name, email = "team@groningen.example" };
}
