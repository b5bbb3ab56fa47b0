using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regional.Finance.Ledger;
using Regional.Finance.Persistence;

namespace Regional.Finance.Owners;

/// <summary>
/// The one owner of a solidarity pool's costs: every cost that falls under a pooling decision (full, partial or
/// above a threshold) is posted here, so a threshold's running total is read by one writer at a time. It tells
/// the budget accounts of the municipalities whose clients' costs it posted.
/// </summary>
internal sealed partial class PoolGrain(IServiceScopeFactory scopes, ILogger<PoolGrain> logger)
    : MoneyOwnerGrain<PoolOwner>(scopes, logger), IPoolGrain
{
    private Dictionary<Guid, decimal> borne = [];

    public Task<PoolBalance> BalanceAsync() => Task.FromResult(new PoolBalance(borne.Values.Sum(), new Dictionary<Guid, decimal>(borne)));

    protected override PoolOwner ParseKey(string key) => PoolOwner.Parse(key);

    protected override async Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FinanceDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(true);
        var pool = db.Pools.Where(p => p.ProductGroup == Owner.ProductGroup && p.Domain == Owner.Domain && p.Year == Owner.Year).Select(p => p.Id);
        borne = await db.Postings.Where(p => p.PoolId != null && pool.Contains(p.PoolId.Value) && p.Account == Accounts.PooledCosts && p.MunicipalityId != null)
            .GroupBy(p => p.MunicipalityId!.Value)
            .Select(g => new { Municipality = g.Key, Total = g.Sum(p => p.Amount) })
            .ToDictionaryAsync(x => x.Municipality, x => x.Total, cancellationToken).ConfigureAwait(true);
    }

    protected override async Task OnPostedAsync(IReadOnlyList<Posting> postings, IReadOnlyList<PendingCost> batch)
    {
        foreach (var pooled in postings.Where(p => p.Account == Accounts.PooledCosts))
        {
            borne[pooled.MunicipalityId!.Value] = borne.GetValueOrDefault(pooled.MunicipalityId.Value) + pooled.Amount;
        }

        var perBudget = batch.Where(c => c.Result.IsCompletedSuccessfully && c.Result.Result.Outcome == CostOutcome.Posted)
            .GroupBy(c => (c.Cost.MunicipalityId, c.Cost.Day.Month))
            .Select(g => (Budget: new BudgetOwner(Owner.RegionId, g.Key.MunicipalityId, Owner.Domain, Owner.Year), g.Key.Month, Amount: g.Sum(c => c.Cost.Amount)));
        try
        {
            await Task.WhenAll(perBudget.Select(b => GrainFactory.GetGrain<IBudgetGrain>(b.Budget.Key).AddPooledClientsCostsAsync(b.Month, b.Amount))).ConfigureAwait(true);
        }
#pragma warning disable CA1031 // the costs are committed; a budget account that missed them reads them from the ledger when it next activates
        catch (Exception problem)
#pragma warning restore CA1031
        {
            LogBudgetsNotTold(logger, Owner.Key, problem);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pool {Pool}: budget accounts were not told of posted costs; they resync from the ledger")]
    private static partial void LogBudgetsNotTold(ILogger logger, string pool, Exception problem);
}
