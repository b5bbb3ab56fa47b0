using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.TestSupport;

namespace Regional.Host.Tests.Finance;

/// <summary>Advances on the key, and a settlement against them: the lines sum to actual cost minus advanced (worked example 2's shape).</summary>
public sealed class AdvancesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Api = "/api/regions/kop-van-noord-holland/finance";

    [Fact]
    public async Task Advances_split_the_pool_budget_exactly_and_the_settlement_asks_only_the_shortfall()
    {
        using var controller = await app.SignedInClientAsync("controller.knh");
        var pools = await controller.GetFromJsonAsync<JsonElement>($"{Api}/pools");
        var poolId = pools.EnumerateArray().Single(p => p.GetProperty("productGroup").GetString() == "Verblijf Jeugd").GetProperty("id").GetGuid();

        var advances = await controller.PostAsJsonAsync($"{Api}/pools/{poolId}/advances", new { poolBudget = 1_000_000.00m, period = "2019" });
        var again = await controller.PostAsJsonAsync($"{Api}/pools/{poolId}/advances", new { poolBudget = 1_000_000.00m, period = "2019" });
        var draft = await controller.PostAsync($"{Api}/pools/{poolId}/settlements", null);

        advances.StatusCode.ShouldBe(HttpStatusCode.OK);
        var amounts = JsonDocument.Parse(await advances.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(a => a.GetProperty("amount").GetDecimal()).ToList();
        amounts.Sum().ShouldBe(1_000_000.00m);
        (await again.Content.ReadAsStringAsync()).ShouldContain("al geboekt");
        var lines = JsonDocument.Parse(await draft.Content.ReadAsStringAsync()).RootElement.GetProperty("lines").EnumerateArray().ToList();
        lines.Sum(l => l.GetProperty("amount").GetDecimal()).ShouldBe(68_253.20m); // 1,068,253.20 actual - 1,000,000.00 advanced
        lines.ShouldAllBe(l => l.GetProperty("amount").GetDecimal() > 0); // everyone pays a part of the shortfall
        var pool = (await controller.GetFromJsonAsync<JsonElement>($"{Api}/pools")).EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == poolId);
        pool.GetProperty("funding").GetString().ShouldBe("Advances");
        pool.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("basis").GetString()).ShouldBe(["Inhabitants"]); // the key the advances followed
    }
}
