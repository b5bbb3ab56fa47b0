using System.Net;
using System.Net.Http.Json;
using Regional.TestSupport;
using static Regional.Host.Tests.Finance.FinanceApi;

namespace Regional.Host.Tests.Finance;

/// <summary>Advances are a movement of the pool through its grain: the same request twice at the same moment posts once.</summary>
public sealed class ConcurrentAdvancesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_same_advances_sent_by_two_controllers_at_the_same_moment_are_posted_once()
    {
        using var controller = await app.SignedInClientAsync("controller.knh");
        using var colleague = await app.SignedInClientAsync("controller2.knh");
        var poolId = await PoolIdAsync(controller);

        var both = await Task.WhenAll(new[] { controller, colleague }.Select(c => c.PostAsJsonAsync($"{FinanceRoot}/pools/{poolId}/advances", new { poolBudget = 500_000.00m, period = "2019-H2" })));

        both.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        (await ProblemAsync(both.Single(r => r.StatusCode != HttpStatusCode.OK))).ShouldContain("al geboekt");
        (await app.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM finance.journal_entries WHERE idempotency_key = 'advance:{poolId}:2019-H2'")).ShouldBe(1);
    }
}
