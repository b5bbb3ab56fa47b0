using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regional.TestSupport;

namespace Regional.Host.Tests.Browser;

/// <summary>
/// Every demo role walks every page it can reach by following links, as a new user finding their way would, and
/// meets no error page, no console error (a refused style or script, a missing file), no English and no bare empty
/// table. Every kind of role is walked, the purchaser, municipality user and regional controller in both regions; the second
/// controller, RIGG's auditor and Groningen's controller see the same pages as their counterparts here.
/// </summary>
public sealed partial class EveryPageBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const int PagesPerRole = 50;

    // Words of the framework's or a developer's English that a Dutch page must never show.
    private static readonly string[] English =
    [
        "The ", " field ", "is required", "is not valid", "Exception", "System.", "Microsoft.", "Not Found", "Forbidden", "Unauthorized",
        "Submit", "Cancel", "Loading", "Error", "null", "undefined", "NaN",
    ];

    [Theory]
    [InlineData("beheerder")]
    [InlineData("inkoper.rigg")]
    [InlineData("inkoper.knh")]
    [InlineData("gemeente.groningen")]
    [InlineData("gemeente.denhelder")]
    [InlineData("controller.rigg")]
    [InlineData("controller.knh")]
    [InlineData("controller.denhelder")]
    [InlineData("auditor.knh")]
    public async Task Every_page_a_role_reaches_is_Dutch_and_without_errors(string user)
    {
        var page = await app.SignInAsync(user);
        var problems = new List<string>();
        var current = "";
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{current}: console: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{current}: script: {error}");
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>();
        var shapes = new Dictionary<string, int>();
        var visited = 0;

        while (queue.Count > 0 && visited < PagesPerRole)
        {
            current = queue.Dequeue();
            var response = await page.GotoAsync(current);
            visited++;
            if (response is null || response.Status >= 400)
            {
                problems.Add($"{current}: status {response?.Status}");
                continue;
            }

            var empty = await page.Locator("main table:has(tbody):not(:has(tbody tr))").CountAsync();
            if (empty > 0)
            {
                problems.Add($"{current}: {empty} empty table(s) without a word of explanation");
            }

            var text = await page.Locator("main").InnerTextAsync();
            problems.AddRange(English.Where(w => text.Contains(w, StringComparison.Ordinal)).Select(w => $"{current}: English \"{w}\""));
            foreach (var href in await page.Locator("a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            {
                var shape = Shape().Replace(href.Split('?')[0], "{}");
                if (Followable(href) && seen.Add(href) && shapes.GetValueOrDefault(shape) < 1)
                {
                    shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                    queue.Enqueue(href);
                }
            }
        }

        visited.ShouldBeGreaterThan(3);
        problems.ShouldBeEmpty();
    }

    // Pages, not downloads, the API or signing out; a route is visited once, whatever its ids or filters.
    private static bool Followable(string href) =>
        !href.StartsWith("/api/", StringComparison.Ordinal) && !href.StartsWith("/uitloggen", StringComparison.Ordinal) &&
        !Regex.IsMatch(href, @"\.(csv|xlsx|pdf|xml)(\?|$)");

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|GM\d{4}|\d+")]
    private static partial Regex Shape();
}
