using System.Net;
using System.Net.Http.Json;
using Regional.TestSupport;
using static Regional.Finance.Tests.FinanceApi;

namespace Regional.Finance.Tests;

/// <summary>A pool's costs are settled once, however the controllers draft, approve and post at the same moment.</summary>
public sealed class SettledOnceTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Two_drafts_of_the_same_state_both_approved_only_the_first_posted_settles_the_pool_the_other_is_refused()
    {
        using var first = await app.SignedInClientAsync("controller.knh");
        using var second = await app.SignedInClientAsync("controller2.knh");
        var poolId = await PoolIdAsync(first);
        await AddLateCostAsync(first, "once:drafts");
        var draftA = Id(await ReadAsync(await first.PostAsync($"{Api}/pools/{poolId}/settlements", null)));
        var draftB = Id(await ReadAsync(await first.PostAsync($"{Api}/pools/{poolId}/settlements", null)));
        (await second.PostAsync($"{Api}/settlements/{draftA}/approval", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await second.PostAsync($"{Api}/settlements/{draftB}/approval", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var before = await PostedSettlementEntriesAsync(poolId);
        var postB = await first.PostAsync($"{Api}/settlements/{draftB}/posting", null);
        var postA = await first.PostAsync($"{Api}/settlements/{draftA}/posting", null);

        postB.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ProblemAsync(postA)).ShouldContain("niet twee keer verrekend");
        (await PostedSettlementEntriesAsync(poolId)).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Two_approved_runs_posted_at_the_same_moment_settle_the_pool_once()
    {
        using var first = await app.SignedInClientAsync("controller.knh");
        using var second = await app.SignedInClientAsync("controller2.knh");
        var poolId = await PoolIdAsync(first);
        await AddLateCostAsync(first, "once:same-moment");
        var drafts = new[]
        {
            Id(await ReadAsync(await first.PostAsync($"{Api}/pools/{poolId}/settlements", null))),
            Id(await ReadAsync(await first.PostAsync($"{Api}/pools/{poolId}/settlements", null))),
        };
        foreach (var draft in drafts)
        {
            (await second.PostAsync($"{Api}/settlements/{draft}/approval", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var before = await PostedSettlementEntriesAsync(poolId);
        var postings = await Task.WhenAll(drafts.Select(d => first.PostAsync($"{Api}/settlements/{d}/posting", null)));

        postings.Count(p => p.StatusCode == HttpStatusCode.NoContent).ShouldBe(1);
        postings.Count(p => p.StatusCode == HttpStatusCode.BadRequest).ShouldBe(1);
        (await PostedSettlementEntriesAsync(poolId)).ShouldBe(before + 1);
    }

    /// <summary>A late cost, so that each test has something new to settle whichever runs first.</summary>
    private static async Task AddLateCostAsync(HttpClient client, string sourceKey)
    {
        var product = await ProductIdAsync(client, "KNH-JGD-PZ");
        var response = await client.PostAsJsonAsync($"{Api}/costs", new { municipalityCbsCode = "GM0448", productId = product, day = "2019-12-30", amount = 1_234.56m, sourceKey });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private Task<long> PostedSettlementEntriesAsync(Guid poolId) =>
        app.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM finance.journal_entries WHERE description LIKE 'Verrekening pool {poolId}%'");
}
