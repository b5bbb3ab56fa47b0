using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.TestSupport;
using static Regional.Host.Tests.Finance.FinanceApi;

namespace Regional.Host.Tests.Finance;

/// <summary>A municipality keeps its budget through the API: made once per domain and year, amended once per key, only its own.</summary>
public sealed class BudgetApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Budgets = $"{FinanceRoot}/budgets";

    [Fact]
    public async Task A_municipalitys_controller_budgets_its_own_year_and_an_amendment_sent_twice_at_once_counts_once()
    {
        using var denHelder = await app.SignedInClientAsync("controller.denhelder");
        var budget = await ReadAsync(await denHelder.PostAsJsonAsync(Budgets, NewBudget("GM0400", 2032, "Jeugd", 5_000m)));
        var amendment = new { change = 250.50m, reason = "Extra middelen voor de wachtlijst", idempotencyKey = "wijziging-2032-1" };

        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => denHelder.PostAsJsonAsync($"{Budgets}/{Id(budget)}/amendments", amendment)));
        var again = await denHelder.PostAsJsonAsync($"{Budgets}/{Id(budget)}/amendments", amendment);

        budget.GetProperty("amount").GetDecimal().ShouldBe(5_000m);
        twice.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Created]);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetBoolean().ShouldBeFalse();
        (await AmountAsync(denHelder, 2032, "GM0400")).ShouldBe(5_250.50m);
        var history = (await denHelder.GetFromJsonAsync<JsonElement>($"{Budgets}/{Id(budget)}/amendments")).EnumerateArray()
            .Select(a => (Amount: a.GetProperty("amount").GetDecimal(), Reason: a.GetProperty("reason").GetString(), By: a.GetProperty("recordedBy").GetString())).ToList();
        history.Select(a => (a.Amount, a.Reason)).ShouldBe([(5_000m, "Primaire begroting"), (250.50m, "Extra middelen voor de wachtlijst")]);
        history.Select(a => a.By).Distinct().ShouldBe(["controller.denhelder"]);
    }

    [Fact]
    public async Task A_controller_neither_budgets_nor_amends_another_members_year_and_a_reader_keeps_no_budget()
    {
        using var denHelder = await app.SignedInClientAsync("controller.denhelder");
        using var region = await app.SignedInClientAsync("controller.knh");
        using var reader = await app.SignedInClientAsync("gemeente.denhelder");
        var texel = await ReadAsync(await region.PostAsJsonAsync(Budgets, NewBudget("GM0448", 2033, null, 8_000m)));

        var forTexel = await denHelder.PostAsJsonAsync(Budgets, NewBudget("GM0448", 2033, "Wmo", 1m));
        var amendTexel = await denHelder.PostAsJsonAsync($"{Budgets}/{Id(texel)}/amendments", new { change = -8_000m, reason = "Weg ermee", idempotencyKey = "x" });
        var byReader = await reader.PostAsJsonAsync(Budgets, NewBudget("GM0400", 2033, "Wmo", 1m));

        forTexel.StatusCode.ShouldBe(HttpStatusCode.Forbidden); // the kernel refuses another member's row on saving
        (await ProblemAsync(amendTexel)).ShouldContain("Onbekende begroting");
        (await denHelder.GetAsync($"{Budgets}/{Id(texel)}/amendments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await region.GetFromJsonAsync<JsonElement>($"{Budgets}/{Id(texel)}/amendments")).GetArrayLength().ShouldBe(1);
        byReader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AmountAsync(region, 2033, "GM0448")).ShouldBe(8_000m);
        (await AmountAsync(region, 2033, "GM0400")).ShouldBeNull();
    }

    [Theory]
    [InlineData(2034, "Jeugd", "1.005", "hele centen")]
    [InlineData(2034, "Jeugd", "-1", "niet negatief")]
    [InlineData(1999, "Jeugd", "100", "van 2015 tot en met")]
    [InlineData(2034, "Zorg", "100", "domain")]
    [InlineData(2034, "Jeugd", "\"veel\"", "amount")]
    public async Task A_bad_budget_is_refused_naming_what_is_wrong_and_writes_nothing(int year, string domain, string amount, string problem)
    {
        using var region = await app.SignedInClientAsync("controller.knh");
        var body = $$"""{"municipalityCbsCode":"GM0441","year":{{year}},"domain":"{{domain}}","amount":{{amount}},"reason":"Primair"}""";

        var refused = await region.PostAsync(Budgets, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        (await ProblemAsync(refused)).ShouldContain(problem, Case.Insensitive);
        (await AmountAsync(region, year, "GM0441")).ShouldBeNull();
    }

    [Fact]
    public async Task A_year_is_budgeted_per_domain_or_once_over_all_never_both()
    {
        using var region = await app.SignedInClientAsync("controller.knh");
        await ReadAsync(await region.PostAsJsonAsync(Budgets, NewBudget("GM0441", 2035, null, 30_000m)));

        var perDomain = await region.PostAsJsonAsync(Budgets, NewBudget("GM0441", 2035, "Jeugd", 10_000m));
        var twice = await region.PostAsJsonAsync(Budgets, NewBudget("GM0441", 2035, null, 30_000m));

        (await ProblemAsync(perDomain)).ShouldContain("óf per domein óf ontschot");
        (await ProblemAsync(twice)).ShouldContain("Er is al een begroting");
        (await AmountAsync(region, 2035, "GM0441")).ShouldBe(30_000m);
    }

    [Fact]
    public async Task A_budget_year_closes_once_after_its_end_and_then_takes_no_amendment_and_only_its_member_closes_it()
    {
        using var denHelder = await app.SignedInClientAsync("controller.denhelder");
        using var region = await app.SignedInClientAsync("controller.knh");
        var past = await ReadAsync(await denHelder.PostAsJsonAsync(Budgets, NewBudget("GM0400", 2016, "Jeugd", 1_000m)));
        var running = await ReadAsync(await denHelder.PostAsJsonAsync(Budgets, NewBudget("GM0400", 2036, "Jeugd", 1_000m)));
        var texel = await ReadAsync(await region.PostAsJsonAsync(Budgets, NewBudget("GM0448", 2016, "Jeugd", 1_000m)));

        var closedTwiceAtOnce = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => denHelder.PostAsync($"{Budgets}/{Id(past)}/closing", null)));
        var amendClosed = await denHelder.PostAsJsonAsync($"{Budgets}/{Id(past)}/amendments", new { change = 10m, reason = "Te laat", idempotencyKey = "na-afsluiting" });
        var closeRunning = await denHelder.PostAsync($"{Budgets}/{Id(running)}/closing", null);
        var closeTexel = await denHelder.PostAsync($"{Budgets}/{Id(texel)}/closing", null);

        closedTwiceAtOnce.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.NoContent, HttpStatusCode.BadRequest]);
        (await ProblemAsync(closedTwiceAtOnce.Single(r => r.StatusCode == HttpStatusCode.BadRequest))).ShouldContain("afgesloten");
        (await ProblemAsync(amendClosed)).ShouldContain("afgesloten; wijzigingen zijn niet meer mogelijk");
        (await ProblemAsync(closeRunning)).ShouldContain("na afloop");
        (await ProblemAsync(closeTexel)).ShouldContain("Onbekende begroting");
        (await AmountAsync(denHelder, 2016, "GM0400")).ShouldBe(1_000m);
        (await ClosedOnAsync(region, 2016, "GM0400")).ShouldNotBeNull();
        (await ClosedOnAsync(region, 2016, "GM0448")).ShouldBeNull();
    }

    private static object NewBudget(string cbsCode, int year, string? domain, decimal amount) =>
        new { municipalityCbsCode = cbsCode, year, domain, amount, reason = "Primaire begroting" };

    private async Task<string?> ClosedOnAsync(HttpClient client, int year, string cbsCode) =>
        (await BudgetsOfAsync(client, year, cbsCode)).Select(b => b.GetProperty("closedOn")).Single() is { ValueKind: JsonValueKind.String } closed ? closed.GetString() : null;

    /// <summary>The member's budgeted amount for the year as the user reads it, summed over its budgets; null when it has none.</summary>
    private async Task<decimal?> AmountAsync(HttpClient client, int year, string cbsCode)
    {
        var budgets = await BudgetsOfAsync(client, year, cbsCode);
        return budgets.Count == 0 ? null : budgets.Sum(b => b.GetProperty("amount").GetDecimal());
    }

    private async Task<List<JsonElement>> BudgetsOfAsync(HttpClient client, int year, string cbsCode)
    {
        var municipality = await app.ScalarAsSuperuserAsync<Guid>($"SELECT id FROM kernel.municipalities WHERE cbs_code = '{cbsCode}'");
        return [.. (await client.GetFromJsonAsync<JsonElement>($"{Budgets}?year={year}")).EnumerateArray()
            .Select(b => b.GetProperty("budget")).Where(b => b.GetProperty("municipalityId").GetGuid() == municipality)];
    }
}
