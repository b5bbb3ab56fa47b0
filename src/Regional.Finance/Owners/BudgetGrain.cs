using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regional.Finance.Commitments;
using Regional.Finance.Ledger;
using Regional.Finance.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Owners;

/// <summary>
/// The one owner of a municipality's own costs in a domain and year: costs under no pooling decision are
/// posted here. It keeps the account's actuals per month (also those its pools posted for its clients) and
/// what assignments commit, so "my share" is read from memory, current with every posting.
/// </summary>
internal sealed class BudgetGrain(IServiceScopeFactory scopes, ILogger<BudgetGrain> logger)
    : MoneyOwnerGrain<BudgetOwner>(scopes, logger), IBudgetGrain
{
    private decimal[] actualPerMonth = new decimal[12];
    private decimal committed;
    private LedgerSnapshot loadedAt = LedgerSnapshot.None;

    public Task<BudgetAccount> AccountAsync() => Task.FromResult(new BudgetAccount([.. actualPerMonth], committed));

    public Task AddPooledClientsCostsAsync(int month, decimal amount, ulong transaction)
    {
        // The pool tells after its commit. An account that woke for this very call (or resynced since) read it already.
        if (!loadedAt.Sees(transaction))
        {
            actualPerMonth[month - 1] += amount;
        }

        return Task.CompletedTask;
    }

    public Task CommitAsync(string sourceKey, decimal amount) => OneMovementAtATimeAsync(async () =>
    {
        var booked = false;
        await InRegionAsync(
            async (services, ct) => booked = await services.GetRequiredService<CommitmentBook>().WriteAsync(Owner, sourceKey, amount, ct).ConfigureAwait(true),
            CancellationToken.None).ConfigureAwait(true);
        committed += booked ? amount : 0;
        return booked;
    });

    protected override BudgetOwner ParseKey(string key) => BudgetOwner.Parse(key);

    protected override async Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FinanceDbContext>();
        // One snapshot for the sums and for the record of what they include.
        await using var work = await db.BeginWorkAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(true);
        loadedAt = LedgerSnapshot.Parse(await db.Database.SqlQuery<string>($"SELECT pg_current_snapshot()::text AS \"Value\"")
            .SingleAsync(cancellationToken).ConfigureAwait(true));
        var months = await db.CareCosts(new DateOnly(Owner.Year, 1, 1), new DateOnly(Owner.Year, 12, 31))
            .Where(c => c.MunicipalityId == Owner.MunicipalityId && c.Domain == Owner.Domain)
            .GroupBy(c => c.OccurredOn.Month)
            .Select(g => new { Month = g.Key, Total = g.Sum(c => c.Amount) })
            .ToListAsync(cancellationToken).ConfigureAwait(true);
        actualPerMonth = new decimal[12];
        foreach (var month in months)
        {
            actualPerMonth[month.Month - 1] = month.Total;
        }

        committed = await db.Commitments.Where(c => c.MunicipalityId == Owner.MunicipalityId && c.Domain == Owner.Domain && c.Year == Owner.Year)
            .SumAsync(c => c.Amount, cancellationToken).ConfigureAwait(true);
    }

    protected override Task OnPostedAsync(WrittenBatch written, IReadOnlyList<PendingCost> batch)
    {
        foreach (var cost in batch.Where(c => c.Result.IsCompletedSuccessfully && c.Result.Result.Outcome == CostOutcome.Posted))
        {
            actualPerMonth[cost.Cost.Day.Month - 1] += cost.Cost.Amount;
        }

        return Task.CompletedTask;
    }
}
