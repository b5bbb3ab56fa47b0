using Regional.Finance.Budgets;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Tests;

/// <summary>The budget rules that need no database: which budgets may be made, and when a year may be closed.</summary>
public sealed class BudgetRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Theory]
    [InlineData(2014, 100, "Year")]
    [InlineData(2037, 100, "Year")]
    [InlineData(2026, -0.01, "Amount")]
    public void NewBudgetIsSound_refuses_a_year_before_2015_or_over_ten_years_ahead_and_a_negative_amount(int year, decimal amount, string field)
    {
        var refused = Should.Throw<RuleViolationException>(() => BudgetRules.NewBudgetIsSound(new NewBudget("GM0400", year, SocialDomain.Jeugd, amount, "Primair"), Today));

        refused.Field.ShouldBe(field);
    }

    [Theory]
    [InlineData(2015, 0)]
    [InlineData(2036, 1_000_000)]
    public void NewBudgetIsSound_takes_the_first_and_last_years_and_a_budget_of_nothing(int year, decimal amount)
    {
        Should.NotThrow(() => BudgetRules.NewBudgetIsSound(new NewBudget("GM0400", year, null, amount, "Primair"), Today));
    }

    [Fact]
    public void CanClose_closes_a_year_only_after_it_has_ended_and_only_once()
    {
        var running = new Budget { MunicipalityId = Guid.CreateVersion7(), Year = 2026 };
        var ended = new Budget { MunicipalityId = Guid.CreateVersion7(), Year = 2025 };
        var closed = new Budget { MunicipalityId = Guid.CreateVersion7(), Year = 2025, ClosedOn = new DateOnly(2026, 2, 1) };

        Should.Throw<RuleViolationException>(() => BudgetRules.CanClose(running, Today)).Message.ShouldContain("na afloop");
        Should.NotThrow(() => BudgetRules.CanClose(ended, Today));
        Should.Throw<RuleViolationException>(() => BudgetRules.CanClose(closed, Today)).Message.ShouldContain("01-02-2026 afgesloten");
    }
}
