using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.TestSupport;
using static Regional.Host.Tests.Finance.FinanceApi;

namespace Regional.Host.Tests.Finance;

/// <summary>A municipality's budget as its grain holds it: current right after each posting, and a signal the region sets.</summary>
public sealed class LiveBudgetTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_budget_shows_each_posting_at_once_and_warns_when_actuals_reach_the_regions_signal()
    {
        using var controller = await app.SignedInClientAsync("controller.knh");
        await ReadAsync(await controller.PostAsJsonAsync($"{FinanceRoot}/budgets",
            new { municipalityCbsCode = "GM0441", year = 2031, domain = "Wmo", amount = 1_000m, reason = "Primaire begroting" }));
        (await controller.PutAsJsonAsync($"{FinanceRoot}/budget-settings", new { warnAtPercent = 80m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var product = await ProductIdAsync(controller, "KNH-WMO-DB");

        await PostCostAsync(controller, product, 700m, "live:1");
        var after700 = await SchagenWmo2031Async(controller);
        await PostCostAsync(controller, product, 150m, "live:2");
        var after850 = await SchagenWmo2031Async(controller);

        after700.GetProperty("actual").GetDecimal().ShouldBe(700m);
        after700.GetProperty("remaining").GetDecimal().ShouldBe(300m);
        after700.GetProperty("warning").GetBoolean().ShouldBeFalse();
        after850.GetProperty("actual").GetDecimal().ShouldBe(850m);
        after850.GetProperty("actualPerMonth")[4].GetDecimal().ShouldBe(850m); // both in May
        after850.GetProperty("usedPercent").GetDecimal().ShouldBe(85.0m);
        after850.GetProperty("warning").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Only_the_regions_controller_sets_the_signal_and_a_bad_value_is_refused_by_name()
    {
        using var municipal = await app.SignedInClientAsync("controller.denhelder");
        using var controller = await app.SignedInClientAsync("controller.knh");

        (await municipal.PutAsJsonAsync($"{FinanceRoot}/budget-settings", new { warnAtPercent = 50m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var tooHigh = await controller.PutAsJsonAsync($"{FinanceRoot}/budget-settings", new { warnAtPercent = 250m });
        var notANumber = await controller.PutAsync($"{FinanceRoot}/budget-settings", JsonContent.Create(new { warnAtPercent = "veel" }));

        (await ProblemAsync(tooHigh)).ShouldContain("WarnAtPercent");
        notANumber.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_municipality_reads_only_its_own_budgets()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        using var controller = await app.SignedInClientAsync("controller.knh");

        var own = await denHelder.GetFromJsonAsync<JsonElement>($"{FinanceRoot}/budgets?year=2019");
        var all = await controller.GetFromJsonAsync<JsonElement>($"{FinanceRoot}/budgets?year=2019");

        var municipalities = own.EnumerateArray().Select(b => b.GetProperty("budget").GetProperty("municipalityId").GetGuid()).Distinct().ToList();
        municipalities.Count.ShouldBe(1);
        all.EnumerateArray().Select(b => b.GetProperty("budget").GetProperty("municipalityId").GetGuid()).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task A_municipalitys_expected_settlement_is_the_draft_line_and_moves_at_once_with_another_members_cost()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        using var controller = await app.SignedInClientAsync("controller.knh");
        var poolId = await PoolIdAsync(controller);
        var denHelderId = await app.ScalarAsSuperuserAsync<Guid>("SELECT id FROM kernel.municipalities WHERE cbs_code = 'GM0400'");
        var draft = await ReadAsync(await controller.PostAsync($"{FinanceRoot}/pools/{poolId}/settlements", null));
        var draftLine = draft.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("municipalityId").GetGuid() == denHelderId);

        var before = await VerblijfJeugdAsync(denHelder);
        var late = await controller.PostAsJsonAsync($"{FinanceRoot}/costs", new
        {
            municipalityCbsCode = "GM0448", productId = await ProductIdAsync(controller, "KNH-JGD-PZ"), day = "2019-12-31", amount = 50_000m, sourceKey = "live:texel",
        });
        var after = await VerblijfJeugdAsync(denHelder);
        var otherMember = await denHelder.GetAsync($"{FinanceRoot}/pools/shares?municipality=GM0448&year=2019");

        before.GetProperty("amount").GetDecimal().ShouldBe(draftLine.GetProperty("amount").GetDecimal());
        late.StatusCode.ShouldBe(HttpStatusCode.Created);
        after.GetProperty("pooledCost").GetDecimal().ShouldBe(before.GetProperty("pooledCost").GetDecimal() + 50_000m);
        after.GetProperty("obligation").GetDecimal().ShouldBeGreaterThan(before.GetProperty("obligation").GetDecimal()); // Den Helder shares in Texel's cost
        otherMember.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> VerblijfJeugdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"{FinanceRoot}/pools/shares?municipality=GM0400&year=2019")).EnumerateArray()
            .Single(s => s.GetProperty("pool").GetProperty("productGroup").GetString() == "Verblijf Jeugd").GetProperty("expected");

    private static async Task PostCostAsync(HttpClient client, Guid product, decimal amount, string key) =>
        (await client.PostAsJsonAsync($"{FinanceRoot}/costs", new { municipalityCbsCode = "GM0441", productId = product, day = "2031-05-31", amount, sourceKey = key }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

    private static async Task<JsonElement> SchagenWmo2031Async(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"{FinanceRoot}/budgets?year=2031")).EnumerateArray().Single();
}
