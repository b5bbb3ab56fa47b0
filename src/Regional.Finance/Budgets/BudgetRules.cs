using Regional.Kernel.Security;

namespace Regional.Finance.Budgets;

/// <summary>Named rules of budgets; each has a test named after it.</summary>
internal static class BudgetRules
{
    public static void YearIsOpen(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        if (budget.ClosedOn is { } closed)
        {
            throw new RuleViolationException("Year", $"Het begrotingsjaar {budget.Year} is op {closed:dd-MM-yyyy} afgesloten; wijzigingen zijn niet meer mogelijk.");
        }
    }

    /// <summary>A budget year is closed after it has ended, once: from then on the budget takes no more amendments.</summary>
    public static void CanClose(Budget budget, DateOnly today)
    {
        YearIsOpen(budget);
        if (today.Year <= budget.Year)
        {
            throw new RuleViolationException("Year", $"Een begrotingsjaar sluit u af na afloop; {budget.Year} loopt tot en met 31-12-{budget.Year}.");
        }
    }

    /// <summary>A new budget is for a year of the decentralised social domain (2015 on), at most ten years ahead, and not below zero.</summary>
    public static void NewBudgetIsSound(NewBudget input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Year < 2015 || input.Year > today.Year + 10)
        {
            throw new RuleViolationException("Year", $"Een begroting is voor een jaar van 2015 tot en met {today.Year + 10}, niet {input.Year}.");
        }

        if (input.Amount < 0)
        {
            throw new RuleViolationException("Amount", "Een begroting is niet negatief; verlaag haar met een begrotingswijziging.");
        }
    }

    /// <summary>A municipality budgets a year either per domain or once over all domains, not both, and each once.</summary>
    public static void OneBudgetPerDomainOrOneOverAll(Budget candidate, IEnumerable<Budget> sameMunicipalityAndYear)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var existing = sameMunicipalityAndYear.ToList();
        if (existing.Any(b => b.Domain == candidate.Domain))
        {
            throw new RuleViolationException("Domain", $"Er is al een begroting {candidate.Name} voor deze gemeente.");
        }

        if (existing.Count > 0 && (candidate.Domain is null || existing.Any(b => b.Domain is null)))
        {
            throw new RuleViolationException("Domain", "Een gemeente begroot een jaar óf per domein óf ontschot over alle domeinen, niet allebei.");
        }
    }
}
