using System.Net;
using System.Net.Http.Json;
using Regional.Host.Api;
using Regional.TestSupport;

namespace Regional.Host.Tests.Api;

public sealed class SignInTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("inkoper.rigg", "verkeerd-wachtwoord")]
    [InlineData("bestaat.niet", "wat-dan-ook")]
    public async Task A_wrong_name_or_password_gets_the_same_message_without_a_hint(string userName, string password)
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/session", new { userName, password });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Onjuiste gebruikersnaam of wachtwoord.");
    }

    [Fact]
    public async Task Every_sign_in_attempt_is_recorded_without_the_password()
    {
        using var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/session", new { userName = "Auditor.KNH", password = "fout" });
        await client.PostAsJsonAsync("/api/session", new { userName = "auditor.knh", password = TestPasswords.For("auditor.knh") });

        var attempts = await app.ScalarAsSuperuserAsync<string>(
            "SELECT string_agg(succeeded::text, ',' ORDER BY occurred_at) FROM kernel.sign_in_events WHERE user_name = 'auditor.knh'");
        var leaks = await app.ScalarAsSuperuserAsync<long>(
            "SELECT count(*) FROM kernel.sign_in_events e WHERE row_to_json(e)::text LIKE '%fout%' OR row_to_json(e)::text LIKE '%Test-9!%'");

        attempts.ShouldBe("false,true");
        leaks.ShouldBe(0);
    }

    [Fact]
    public async Task Me_tells_the_user_their_roles_with_region_and_municipality()
    {
        using var client = await app.SignedInClientAsync("controller.denhelder");

        var me = await client.GetFromJsonAsync<MeDto>("/api/me");

        me!.Grants.ShouldHaveSingleItem().ShouldBe(new GrantDto("FinanceController", "kop-van-noord-holland", "GM0400"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await app.SignedInClientAsync("auditor.rigg");

        (await client.DeleteAsync("/api/session")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

/// <summary>A host with a tight sign-in limit, so that the limit is reached within a test.</summary>
public sealed class TightSignInLimitFixture : AppFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Regional:SignInAttemptsPerWindow"] = "3" };
}

public sealed class SignInRateLimitTests(TightSignInLimitFixture app) : IClassFixture<TightSignInLimitFixture>
{
    [Fact]
    public async Task Repeated_failures_are_rate_limited_even_with_the_right_password_afterwards()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/session", new { userName = "inkoper.rigg", password = $"gok-{i}" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var limited = await client.PostAsJsonAsync("/api/session", new { userName = "inkoper.rigg", password = TestPasswords.For("inkoper.rigg") });

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await limited.Content.ReadAsStringAsync()).ShouldContain("Te veel inlogpogingen");
        limited.Headers.RetryAfter.ShouldNotBeNull();
    }
}
