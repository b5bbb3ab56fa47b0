using System.Net;
using System.Text.RegularExpressions;
using Regional.TestSupport;

namespace Regional.Host.Tests.Security;

/// <summary>
/// Never a GET that changes state: each kind of user follows every link the site shows them (pages, their details and
/// exports: 65-89 per user), and afterwards no row of any module's table is new, changed or gone.
/// </summary>
public sealed partial class ReadingChangesNothingTests(AppFixture app) : IClassFixture<AppFixture>
{
    // Every module's tables; not the outbox, which the host's worker delivers in the background.
    private const string Fingerprint = """
        SELECT string_agg(format('%s.%s', schemaname, relname), ',' ORDER BY schemaname, relname) FROM pg_stat_user_tables
        WHERE schemaname IN ('kernel', 'purchasing', 'finance', 'monitoring', 'care') AND relname NOT LIKE '\_\_%'
        """;

    [Theory]
    [InlineData("inkoper.knh")]
    [InlineData("controller.knh")]
    [InlineData("gemeente.denhelder")]
    [InlineData("auditor.rigg")]
    [InlineData("beheerder")]
    public async Task Following_every_link_a_user_sees_changes_no_row(string userName)
    {
        using var client = await app.SignedInClientAsync(userName);
        var before = await StateAsync();

        var visited = await FollowEveryLinkAsync(client);

        visited.ShouldBeGreaterThan(5);
        (await StateAsync()).ShouldBe(before);
    }

    /// <summary>Per table: its row count and the newest row version (xmin), which any insert or update moves.</summary>
    private async Task<string> StateAsync()
    {
        var tables = (await app.ScalarAsSuperuserAsync<string>(Fingerprint)).Split(',').Where(t => t != "kernel.outbox_messages");
        var parts = new List<string>();
        foreach (var table in tables)
        {
            parts.Add($"{table}={await app.ScalarAsSuperuserAsync<string>($"SELECT count(*) || '/' || coalesce(max(xmin::text::bigint), 0) FROM {table}")}");
        }

        return string.Join(' ', parts);
    }

    private static async Task<int> FollowEveryLinkAsync(HttpClient client)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var path) && seen.Count < 400)
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.Found, HttpStatusCode.NotFound, HttpStatusCode.Forbidden], path);
            var links = response.Headers.Location is { OriginalString: var location } && location.StartsWith('/')
                ? [location]
                : response.Content.Headers.ContentType?.MediaType == "text/html"
                    ? Links().Matches(await response.Content.ReadAsStringAsync()).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                    : [];
            foreach (var link in links)
            {
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return seen.Count;
    }

    // Same-site links only; the fragment does not make another page.
    [GeneratedRegex("""href="(/[^"#]*)""")]
    private static partial Regex Links();
}
