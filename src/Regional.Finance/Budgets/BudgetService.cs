using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regional.Finance.Ledger;
using Regional.Finance.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Budgets;

public sealed record NewBudget(string MunicipalityCbsCode, int Year, SocialDomain? Domain, decimal Amount, string Reason);

/// <summary>A budget with what has been spent on it: own and pooled costs of the municipality's clients, per month.</summary>
/// <param name="Committed">What assignments commit in the year (volume x tariff).</param>
/// <param name="Prognosis">The actuals carried on to the year's end at their pace so far, but at least what is committed.</param>
public sealed record BudgetUse(Budget Budget, decimal Actual, IReadOnlyList<decimal> ActualPerMonth, decimal Committed, decimal Prognosis)
{
    public decimal Remaining => Budget.Amount - Actual;
}

/// <summary>Budgets per municipality, domain (or ontschot) and year, with amendments; and their use so far.</summary>
public sealed class BudgetService(FinanceDbContext db, RegionDirectory directory, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Budget> CreateAsync(NewBudget input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var member = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(m => string.Equals(m.CbsCode, input.MunicipalityCbsCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new RuleViolationException(nameof(input.MunicipalityCbsCode), $"{input.MunicipalityCbsCode} is geen lid van deze regio.");
        var budget = new Budget { MunicipalityId = member.MunicipalityId, Year = input.Year, Domain = input.Domain };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.Budgets.Where(b => b.MunicipalityId == member.MunicipalityId && b.Year == input.Year).ToListAsync(cancellationToken).ConfigureAwait(false);
        BudgetRules.OneBudgetPerDomainOrOneOverAll(budget, existing);
        db.Budgets.Add(budget);
        Amend(budget, input.Amount, input.Reason, $"budget:{budget.Id}:primair");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return budget;
    }

    /// <summary>Amends a budget once per idempotency key: a retried request changes nothing the second time.</summary>
    public async Task<bool> AmendAsync(Guid budgetId, decimal amount, string reason, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var key = Require.Text(nameof(idempotencyKey), "de sleutel van de wijziging", idempotencyKey);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var budget = await db.Budgets.FromSqlInterpolated($"SELECT * FROM finance.budgets WHERE id = {budgetId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("BudgetId", "Onbekende begroting.");
        if (await db.BudgetAmendments.AnyAsync(a => a.IdempotencyKey == key, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        BudgetRules.YearIsOpen(budget);
        Amend(budget, amount, reason, key);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task CloseAsync(Guid budgetId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var budget = await db.Budgets.SingleOrDefaultAsync(b => b.Id == budgetId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("BudgetId", "Onbekende begroting.");
        BudgetRules.YearIsOpen(budget);
        budget.ClosedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<BudgetAmendment>> AmendmentsAsync(Guid budgetId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return await db.BudgetAmendments.AsNoTracking().Where(a => a.BudgetId == budgetId).OrderBy(a => a.RecordedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The budgets the user may see, each with its actual costs (own and pooled clients') in total and per month.</summary>
    public async Task<IReadOnlyList<BudgetUse>> UseAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var budgets = await db.Budgets.AsNoTracking().Where(b => b.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var costs = await db.CareCosts(first, last)
            .Select(c => new { Municipality = c.MunicipalityId, c.Domain, c.OccurredOn.Month, c.Amount })
            .GroupBy(x => new { x.Municipality, x.Domain, x.Month })
            .Select(g => new { g.Key.Municipality, g.Key.Domain, g.Key.Month, Total = g.Sum(x => x.Amount) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var commitments = await db.Commitments.Where(c => c.Year == year).GroupBy(c => new { c.MunicipalityId, c.Domain })
            .Select(g => new { g.Key.MunicipalityId, g.Key.Domain, Total = g.Sum(c => c.Amount) }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var monthsPassed = today.Year > year ? 12 : today.Year < year ? 0 : today.Month;
        return budgets.Select(b =>
        {
            var mine = costs.Where(c => c.Municipality == b.MunicipalityId && (b.Domain == null || c.Domain == b.Domain)).ToList();
            var perMonth = Enumerable.Range(1, 12).Select(m => mine.Where(c => c.Month == m).Sum(c => c.Total)).ToList();
            var committed = commitments.Where(c => c.MunicipalityId == b.MunicipalityId && (b.Domain == null || c.Domain == b.Domain)).Sum(c => c.Total);
            var atPace = monthsPassed == 0 ? 0 : decimal.Round(perMonth.Sum() * 12 / monthsPassed, 2, MidpointRounding.ToEven);
            return new BudgetUse(b, perMonth.Sum(), perMonth, committed, Math.Max(atPace, committed));
        }).ToList();
    }

    private void Amend(Budget budget, decimal amount, string reason, string key)
    {
        if (decimal.Round(amount, 2) != amount)
        {
            throw new RuleViolationException("Amount", $"Een begrotingsbedrag is in hele centen, niet {amount}.");
        }

        budget.Amount += amount;
        db.BudgetAmendments.Add(new BudgetAmendment
        {
            BudgetId = budget.Id,
            MunicipalityId = budget.MunicipalityId,
            Amount = amount,
            Reason = Require.Text("Reason", "de reden", reason),
            IdempotencyKey = key,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = actor.Name,
        });
    }
}
