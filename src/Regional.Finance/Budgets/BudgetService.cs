using Regional.Kernel.Values;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regional.Finance.Owners;
using Regional.Finance.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Budgets;

internal sealed record NewBudget(string MunicipalityCbsCode, int Year, SocialDomain? Domain, decimal Amount, string Reason);

/// <summary>A budget with what has been spent on it: own and pooled costs of the municipality's clients, per month.</summary>
/// <param name="Committed">What assignments commit in the year (volume x tariff).</param>
/// <param name="Prognosis">The actuals carried on to the year's end at their pace so far, but at least what is committed.</param>
/// <param name="WarnAtPercent">The region's signal: actuals plus commitments at or above this share of the budget warn.</param>
internal sealed record BudgetUse(Budget Budget, decimal Actual, IReadOnlyList<decimal> ActualPerMonth, decimal Committed, decimal Prognosis, decimal WarnAtPercent)
{
    public decimal Remaining => Budget.Amount - Actual;

    /// <summary>Actuals plus commitments as a percentage of the budget; none for a budget of nothing.</summary>
    public decimal? UsedPercent => Budget.Amount <= 0 ? null : decimal.Round((Actual + Committed) * 100 / Budget.Amount, 1, MidpointRounding.ToEven);

    public bool Warning => UsedPercent >= WarnAtPercent;
}

/// <summary>Budgets per municipality, domain (or ontschot) and year, with amendments; and their use so far.</summary>
internal sealed class BudgetService(FinanceDbContext db, RegionDirectory directory, IGrainFactory grains, TenantContext tenants, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Budget> CreateAsync(NewBudget input, CancellationToken cancellationToken = default)
    {
        BudgetRules.NewBudgetIsSound(input, clock.Today());
        var member = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(m => string.Equals(m.CbsCode, input.MunicipalityCbsCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new RuleViolationException(nameof(input.MunicipalityCbsCode), $"{input.MunicipalityCbsCode} is geen lid van deze regio.");
        var budget = new Budget { MunicipalityId = member.MunicipalityId, Year = input.Year, Domain = input.Domain };
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.Budgets.Where(b => b.MunicipalityId == member.MunicipalityId && b.Year == input.Year).ToListAsync(cancellationToken).ConfigureAwait(false);
        BudgetRules.OneBudgetPerDomainOrOneOverAll(budget, existing);
        db.Budgets.Add(budget);
        Amend(budget, input.Amount, input.Reason, $"budget:{budget.Id}:primair");
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return budget;
    }

    /// <summary>Amends a budget once per idempotency key: a retried request changes nothing the second time.</summary>
    public async Task<bool> AmendAsync(Guid budgetId, decimal amount, string reason, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var key = Require.Text(nameof(idempotencyKey), "de sleutel van de wijziging", idempotencyKey);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var budget = await LockedAsync(budgetId, cancellationToken).ConfigureAwait(false);
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

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Closes a budget year after its end (the jaarafsluiting); a second close, also at the same moment, is refused.</summary>
    public async Task CloseAsync(Guid budgetId, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var budget = await LockedAsync(budgetId, cancellationToken).ConfigureAwait(false);
        var today = clock.Today();
        BudgetRules.CanClose(budget, today);
        budget.ClosedOn = today;
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The budget, locked for this transaction so that changes to it take turns; unknown also when it is another member's.</summary>
    private async Task<Budget> LockedAsync(Guid budgetId, CancellationToken cancellationToken) =>
        await db.Budgets.FromSqlInterpolated($"SELECT * FROM finance.budgets WHERE id = {budgetId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("BudgetId", "Onbekende begroting.");

    /// <summary>How each budget came to its amount: its amendments (the first the primary budget) in order, who and why; only budgets the user may see.</summary>
    internal async Task<IReadOnlyList<BudgetAmendment>> AmendmentsAsync(IReadOnlyCollection<Guid> budgetIds, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.BudgetAmendments.AsNoTracking().Where(a => budgetIds.Contains(a.BudgetId)).OrderBy(a => a.RecordedAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The budgets the user may see, each with its actual costs (own and pooled clients') in total and per month and
    /// what is committed, as the budget accounts' grains hold them: current with every posting, read from memory.
    /// </summary>
    public async Task<IReadOnlyList<BudgetUse>> UseAsync(int year, CancellationToken cancellationToken = default)
    {
        List<Budget> budgets;
        await using (var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false))
        {
            budgets = await db.Budgets.AsNoTracking().Where(b => b.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var region = tenants.Required.RegionId;
        var warnAt = (await SettingsAsync(cancellationToken).ConfigureAwait(false)).WarnAtPercent;
        var today = clock.Today();
        var monthsPassed = today.Year > year ? 12 : today.Year < year ? 0 : today.Month;
        return await Task.WhenAll(budgets.Select(async b =>
        {
            var domains = b.Domain is { } domain ? [domain] : Enum.GetValues<SocialDomain>();
            var accounts = await Task.WhenAll(domains.Select(d => grains.GetGrain<IBudgetGrain>(new BudgetOwner(region, b.MunicipalityId, d, year).Key).AccountAsync()))
                .ConfigureAwait(false);
            var perMonth = Enumerable.Range(0, 12).Select(m => accounts.Sum(a => a.ActualPerMonth[m])).ToList();
            var committed = accounts.Sum(a => a.Committed);
            var atPace = monthsPassed == 0 ? 0 : decimal.Round(perMonth.Sum() * 12 / monthsPassed, 2, MidpointRounding.ToEven);
            return new BudgetUse(b, perMonth.Sum(), perMonth, committed, Math.Max(atPace, committed), warnAt);
        })).ConfigureAwait(false);
    }

    /// <summary>The region's budget signal; a region that set none has the default.</summary>
    internal async Task<BudgetSettings> SettingsAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.BudgetSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? new BudgetSettings();
    }

    internal async Task<BudgetSettings> SetWarningAsync(decimal warnAtPercent, CancellationToken cancellationToken = default)
    {
        if (warnAtPercent is <= 0 or > 200 || decimal.Round(warnAtPercent, 2) != warnAtPercent)
        {
            throw new RuleViolationException("WarnAtPercent", "De signaalgrens is een percentage van de begroting, groter dan 0 en ten hoogste 200, in ten hoogste twee decimalen.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var settings = await db.BudgetSettings.SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (settings is null)
        {
            settings = new BudgetSettings();
            db.BudgetSettings.Add(settings);
        }

        settings.WarnAtPercent = warnAtPercent;
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return settings;
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
