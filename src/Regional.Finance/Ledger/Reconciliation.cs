using Microsoft.EntityFrameworkCore;
using Regional.Finance.Persistence;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Ledger;

/// <summary>A region whose pools or budgets disagree with the postings or amendments behind them.</summary>
public sealed record ReconciliationDifference(string Region, int Pools, int Budgets);

/// <summary>
/// Balance = sum of postings, for every pool and budget of every region: the check that catches a lost
/// update (no constraint does). It runs as background work, entering each region's tenant scope in turn.
/// </summary>
public interface IReconciliation
{
    Task<IReadOnlyList<ReconciliationDifference>> DifferencesAsync(CancellationToken cancellationToken = default);
}

internal sealed class Reconciliation(FinanceDbContext db, RegionDirectory directory, TenantContext tenants) : IReconciliation
{
    public Task<IReadOnlyList<ReconciliationDifference>> DifferencesAsync(CancellationToken cancellationToken = default) =>
        directory.EachRegionAsync(tenants, async region =>
        {
            await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
            var pools = await db.Pools.CountAsync(
                o => o.PooledCost != (db.Postings.Where(p => p.PoolId == o.Id && p.Account == Accounts.PooledCosts).Sum(p => (decimal?)p.Amount) ?? 0),
                cancellationToken).ConfigureAwait(false);
            var budgets = await db.Budgets.CountAsync(
                b => b.Amount != (db.BudgetAmendments.Where(a => a.BudgetId == b.Id).Sum(a => (decimal?)a.Amount) ?? 0), cancellationToken).ConfigureAwait(false);
            return pools + budgets > 0 ? new ReconciliationDifference(region.Code, pools, budgets) : null;
        }, cancellationToken);
}
