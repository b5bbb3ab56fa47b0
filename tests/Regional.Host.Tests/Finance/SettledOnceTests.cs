using System.Net;
using System.Net.Http.Json;
using Regional.TestSupport;
using static Regional.Host.Tests.Finance.FinanceApi;

namespace Regional.Host.Tests.Finance;

/// <summary>A pool's costs are settled once, however the controllers draft, approve and post at the same moment.</summary>
public sealed class SettledOnceTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Two_drafts_of_the_same_state_both_approved_only_the_first_posted_settles_the_pool_the_other_is_refused()
    {
        using var controller = await app.SignedInClientAsync("controller.knh");
        var (poolId, drafts) = await TwoApprovedDraftsAsync(controller, "once:drafts");

        var before = await PostedSettlementEntriesAsync(poolId);
        var postB = await controller.PostAsync($"{FinanceRoot}/settlements/{drafts[1]}/posting", null);
        var postA = await controller.PostAsync($"{FinanceRoot}/settlements/{drafts[0]}/posting", null);

        postB.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ProblemAsync(postA)).ShouldContain("niet twee keer verrekend");
        (await PostedSettlementEntriesAsync(poolId)).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Two_approved_runs_posted_at_the_same_moment_settle_the_pool_once()
    {
        using var controller = await app.SignedInClientAsync("controller.knh");
        var (poolId, drafts) = await TwoApprovedDraftsAsync(controller, "once:same-moment");

        var before = await PostedSettlementEntriesAsync(poolId);
        var postings = await Task.WhenAll(drafts.Select(d => controller.PostAsync($"{FinanceRoot}/settlements/{d}/posting", null)));

        postings.Count(p => p.StatusCode == HttpStatusCode.NoContent).ShouldBe(1);
        postings.Count(p => p.StatusCode == HttpStatusCode.BadRequest).ShouldBe(1);
        (await PostedSettlementEntriesAsync(poolId)).ShouldBe(before + 1);
    }

    /// <summary>A late cost (so each test has something new to settle, whichever runs first), then two drafts of that state, both approved by the second controller.</summary>
    private async Task<(Guid PoolId, Guid[] Drafts)> TwoApprovedDraftsAsync(HttpClient drafter, string lateCost)
    {
        using var approver = await app.SignedInClientAsync("controller2.knh");
        var poolId = await PoolIdAsync(drafter);
        await AddLateCostAsync(drafter, lateCost);
        Guid[] drafts = [Id(await ReadAsync(await drafter.PostAsync($"{FinanceRoot}/pools/{poolId}/settlements", null))), Id(await ReadAsync(await drafter.PostAsync($"{FinanceRoot}/pools/{poolId}/settlements", null)))];
        foreach (var draft in drafts)
        {
            (await approver.PostAsync($"{FinanceRoot}/settlements/{draft}/approval", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        return (poolId, drafts);
    }

    private static async Task AddLateCostAsync(HttpClient client, string sourceKey)
    {
        var product = await ProductIdAsync(client, "KNH-JGD-PZ");
        var response = await client.PostAsJsonAsync($"{FinanceRoot}/costs", new { municipalityCbsCode = "GM0448", productId = product, day = "2019-12-30", amount = 1_234.56m, sourceKey });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private Task<long> PostedSettlementEntriesAsync(Guid poolId) =>
        app.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM finance.journal_entries WHERE description LIKE 'Verrekening pool {poolId}%'");
}
