using System.Net;
using Regional.TestSupport;

namespace Regional.Host.Tests.Finance;

/// <summary>The operators' health check: balance = sum of postings, for every pool and budget of every region.</summary>
public sealed class ReconciliationTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_balance_that_no_longer_matches_its_postings_turns_the_check_unhealthy()
    {
        using var client = app.CreateClient();
        var healthy = await client.GetAsync("/health/reconciliation");

        // Simulate a lost update behind the application's back.
        await app.ExecuteAsSuperuserAsync("UPDATE finance.pools SET pooled_cost = pooled_cost + 0.01");
        var unhealthy = await client.GetAsync("/health/reconciliation");

        healthy.StatusCode.ShouldBe(HttpStatusCode.OK);
        unhealthy.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await unhealthy.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
    }
}
