using System.Net;
using System.Net.Http.Json;
using Regional.TestSupport;

namespace Regional.Host.Tests.Pages;

/// <summary>A user changes their own password: every session of theirs ends, only the new password signs in.</summary>
public sealed class PasswordChangeTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Page = "/account/wachtwoord";

    [Fact]
    public async Task A_changed_password_ends_every_session_and_only_the_new_one_signs_in()
    {
        const string user = "controller.rigg";
        const string replacement = "Een-nieuw-wachtwoord-2026";
        using var laptop = await app.SignedInClientAsync(user);
        using var phone = await app.SignedInClientAsync(user);

        var changed = await PostAsync(laptop, TestPasswords.For(user), replacement, replacement);

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        changed.Headers.Location!.ToString().ShouldBe("/inloggen?gewijzigd=1");
        (await laptop.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await phone.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var fresh = app.CreateClient();
        (await fresh.PostAsJsonAsync("/api/session", new { userName = user, password = TestPasswords.For(user) })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await fresh.PostAsJsonAsync("/api/session", new { userName = user, password = replacement })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("verkeerd", "Een-nieuw-wachtwoord-2026", "Een-nieuw-wachtwoord-2026", "Het huidige wachtwoord klopt niet")]
    [InlineData(null, "kort", "kort", "ten minste 12 tekens")]
    [InlineData(null, "Een-nieuw-wachtwoord-2026", "Een-ander-wachtwoord-2026", "De herhaling is niet gelijk")]
    public async Task A_refused_change_says_why_in_Dutch_and_the_session_goes_on(string? current, string replacement, string repeated, string message)
    {
        const string user = "auditor.rigg";
        using var client = await app.SignedInClientAsync(user);

        var refused = await PostAsync(client, current ?? TestPasswords.For(user), replacement, repeated);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain(message);
        (await client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string current, string replacement, string repeated)
    {
        var token = FormToken.In(await client.GetStringAsync(Page));
        return await client.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Huidig"] = current, ["Nieuw"] = replacement, ["Herhaling"] = repeated,
        }));
    }
}
