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
    public async Task Signing_out_ends_the_session_so_a_copy_of_its_cookie_no_longer_works()
    {
        var cookie = await SignInCookieAsync("auditor.rigg");
        (await SendWithCookieAsync(cookie, HttpMethod.Get, "/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await SendWithCookieAsync(cookie, HttpMethod.Delete, "/api/session")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await SendWithCookieAsync(cookie, HttpMethod.Get, "/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_ends_only_that_session_not_the_users_other_ones()
    {
        using var laptop = await app.SignedInClientAsync("controller2.rigg");
        using var phone = await app.SignedInClientAsync("controller2.rigg");

        await laptop.DeleteAsync("/api/session");

        (await phone.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_changed_role_or_password_ends_every_session_of_the_user_at_once()
    {
        using var first = await app.SignedInClientAsync("controller2.knh");
        using var second = await app.SignedInClientAsync("controller2.knh");
        const string user = "(SELECT id FROM kernel.users WHERE user_name = 'controller2.knh')";

        await app.ScalarAsSuperuserAsync<int>(
            $"INSERT INTO kernel.role_assignments (id, user_id, role, region_id) SELECT gen_random_uuid(), {user}, 'Auditor', id FROM kernel.regions WHERE code = 'rigg' RETURNING 1");

        (await first.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await second.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var again = await app.SignedInClientAsync("controller2.knh");
        (await again.GetFromJsonAsync<MeDto>("/api/me"))!.Grants.ShouldContain(new GrantDto("Auditor", "rigg", null));

        await app.ScalarAsSuperuserAsync<int>($"DELETE FROM kernel.role_assignments WHERE user_id = {user} AND role = 'Auditor' RETURNING 1");
        (await again.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var beforeNewPassword = await app.SignedInClientAsync("controller2.knh");
        var rehashed = new Microsoft.AspNetCore.Identity.PasswordHasher<object>().HashPassword(new object(), TestPasswords.For("controller2.knh"));
        await app.ScalarAsSuperuserAsync<int>($"UPDATE kernel.users SET password_hash = '{rehashed}' WHERE user_name = 'controller2.knh' RETURNING 1");
        (await beforeNewPassword.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("controller.groningen")]
    [InlineData("niemand.bekend")]
    public async Task A_name_locks_after_five_failures_even_with_the_right_password_and_says_so_alike_for_unknown_names(string userName)
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/session", new { userName, password = $"gok-{i}" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var locked = await client.PostAsJsonAsync("/api/session", new { userName, password = TestPasswords.For(userName) });

        locked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("Te veel mislukte pogingen voor deze gebruikersnaam");
        using var someoneElse = await app.SignedInClientAsync("controller.rigg");
    }

    [Fact]
    public async Task Guesses_sent_in_parallel_cannot_slip_past_the_lock()
    {
        using var client = app.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            client.PostAsJsonAsync("/api/session", new { userName = "inkoper.knh.x", password = $"gok-{i}" })));

        answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized).ShouldBe(5);
        answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(15);
    }

    /// <summary>Signs in and keeps the cookie itself, as someone who copied it would.</summary>
    private async Task<string> SignInCookieAsync(string userName)
    {
        using var response = await SendWithCookieAsync(null, HttpMethod.Post, "/api/session", JsonContent.Create(new { userName, password = TestPasswords.For(userName) }));
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("regional.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    private async Task<HttpResponseMessage> SendWithCookieAsync(string? cookie, HttpMethod method, string path, HttpContent? content = null)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request);
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
    public async Task After_the_limit_every_path_to_sign_in_is_refused_even_with_the_right_password_and_the_page_says_why()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/session", new { userName = "inkoper.rigg", password = $"gok-{i}" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var right = new { userName = "inkoper.rigg", password = TestPasswords.For("inkoper.rigg") };
        var signedIn = await client.PostAsJsonAsync("/api//session", right);
        signedIn.Headers.Contains("Set-Cookie").ShouldBeFalse("a path that reaches no sign-in endpoint signs no one in");
        foreach (var path in new[] { "/api/session", "/api/session/", "/API/Session" })
        {
            var limited = await client.PostAsJsonAsync(path, right);
            limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, path);
            (await limited.Content.ReadAsStringAsync()).ShouldContain("Te veel inlogpogingen", customMessage: path);
            limited.Headers.RetryAfter.ShouldNotBeNull();
        }

        foreach (var path in new[] { "/inloggen", "/inloggen/", "/Inloggen" })
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = right.userName, ["password"] = right.password });
            var refused = await client.PostAsync(path, form);
            refused.StatusCode.ShouldBe(HttpStatusCode.SeeOther, path);
            refused.Headers.Location!.ToString().ShouldBe("/inloggen?teveel=1");
            refused.Headers.Contains("Set-Cookie").ShouldBeFalse(path);
        }

        var page = await client.GetStringAsync("/inloggen?teveel=1");
        page.ShouldContain("Te veel inlogpogingen vanaf dit adres. Probeer het over enkele minuten opnieuw.");
    }
}
