using Microsoft.Extensions.DependencyInjection;
using Regional.Finance.Budgets;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.TestSupport;

namespace Regional.Finance.Tests;

/// <summary>Budgets: one per domain or one over all, amendments once per key, no lost updates, nothing after closing.</summary>
public sealed class BudgetTests(FinanceFixture app) : IClassFixture<FinanceFixture>
{
    private const string Knh = "kop-van-noord-holland";

    [Fact]
    public async Task OneBudgetPerDomainOrOneOverAll_refuses_a_domain_budget_beside_an_ontschot_budget()
    {
        var error = await app.InRegionAsync(Knh, services => Should.ThrowAsync<RuleViolationException>(() =>
            services.GetRequiredService<BudgetService>().CreateAsync(new NewBudget("GM0448", 2019, SocialDomain.Jeugd, 100_000m, "Primair"))));

        error.Message.ShouldContain("óf per domein óf ontschot");
    }

    [Fact]
    public async Task Concurrent_amendments_of_one_budget_with_replays_lose_nothing_and_double_nothing()
    {
        var budgetId = await app.InRegionAsync(Knh, async services =>
            (await services.GetRequiredService<BudgetService>().UseAsync(2019)).Single(b => b.Budget.Name == "Jeugd 2019" && b.Budget.Amount == 900_000m).Budget.Id);

        var applied = await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(() => app.InRegionAsync(Knh, async services =>
        {
            var count = 0;
            for (var i = 0; i < 20; i++)
            {
                foreach (var owner in new[] { worker, (worker + 5) % 6 })
                {
                    using var scope = services.CreateScope();
                    count += await scope.ServiceProvider.GetRequiredService<BudgetService>().AmendAsync(budgetId, 10.01m, "Wijziging", $"load:{owner}:{i}") ? 1 : 0;
                }
            }

            return count;
        }))));

        var (amount, amendments) = await app.InRegionAsync(Knh, async services =>
        {
            var service = services.GetRequiredService<BudgetService>();
            return ((await service.UseAsync(2019)).Single(b => b.Budget.Id == budgetId).Budget.Amount, (await service.AmendmentsAsync([budgetId])).Sum(a => a.Amount));
        });
        applied.Sum().ShouldBe(120);
        amount.ShouldBe(900_000m + (120 * 10.01m));
        amendments.ShouldBe(amount); // reconciliation: the budget equals the sum of its amendments
    }

    [Fact]
    public async Task YearIsOpen_refuses_an_amendment_after_the_year_is_closed_and_changes_nothing()
    {
        var (error, before, after) = await app.InRegionAsync(Knh, async services =>
        {
            var service = services.GetRequiredService<BudgetService>();
            var budget = (await service.UseAsync(2019)).Single(b => b.Budget.Amount == 800_000m).Budget;
            await service.CloseAsync(budget.Id);
            var error = await Should.ThrowAsync<RuleViolationException>(() => service.AmendAsync(budget.Id, 5_000m, "Te laat", "late:1"));
            return (error, budget.Amount, (await service.UseAsync(2019)).Single(b => b.Budget.Id == budget.Id).Budget.Amount);
        });

        error.Message.ShouldContain("afgesloten");
        after.ShouldBe(before);
    }

    [Fact]
    public async Task Budget_use_counts_the_municipalitys_own_and_pooled_client_costs_per_month()
    {
        var denHelderJeugd = await app.InRegionAsync(Knh, async services =>
            (await services.GetRequiredService<BudgetService>().UseAsync(2019)).Single(b => b.Budget.Amount == 1_200_000m));

        denHelderJeugd.Actual.ShouldBe(412_345.60m);
        denHelderJeugd.ActualPerMonth.Count(m => m > 0).ShouldBe(12);
        denHelderJeugd.Remaining.ShouldBe(1_200_000m - 412_345.60m);
    }
}
