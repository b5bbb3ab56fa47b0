using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regional.Finance.Keys;
using Regional.Finance.Ledger;
using Regional.Finance.Persistence;
using Regional.Finance.Pools;
using Regional.Finance.Settlements;
using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Owners;

/// <summary>
/// The one owner of a solidarity pool's costs: every cost that falls under a pooling decision (full, partial or
/// above a threshold) is posted here, so a threshold's running total is read by one writer at a time. It tells
/// the budget accounts of the municipalities whose clients' costs it posted, and answers each member's expected
/// settlement from memory: what each bore and the key's shares, read from the ledger when it activates.
/// </summary>
internal sealed partial class PoolGrain(IServiceScopeFactory scopes, ILogger<PoolGrain> logger, TimeProvider clock)
    : MoneyOwnerGrain<PoolOwner>(scopes, logger), IPoolGrain
{
    /// <summary>Keys from inhabitants, clients or history change without a posting here (an import, an earlier year's cost): read again after this.</summary>
    private static readonly TimeSpan KeyKeptFor = TimeSpan.FromMinutes(1);

    private Dictionary<Guid, decimal> pooledByMember = [];
    private Dictionary<Guid, decimal> advancesByMember = [];
    private PoolFunding funding;
    private Guid? poolId;
    private IReadOnlyList<KeyShare>? shares;
    private string? keyProblem;
    private DateTimeOffset keyReadAt;

    public async Task<PoolExpectation> ExpectedAsync(Guid municipalityId)
    {
        if (clock.GetUtcNow() - keyReadAt > KeyKeptFor)
        {
            await ResyncAsync().ConfigureAwait(true);
        }

        var pooled = new Money(pooledByMember.Values.Sum());
        if (shares is null)
        {
            return PoolExpectation.Without(pooled.Euros, keyProblem!);
        }

        try
        {
            var borne = (funding == PoolFunding.Advances ? advancesByMember : pooledByMember).Select(b => new Borne(b.Key, new Money(b.Value))).ToList();
            var line = SettlementCalculator.Calculate(pooled, shares, borne).FirstOrDefault(l => l.MunicipalityId == municipalityId);
            return line is null ? PoolExpectation.Without(pooled.Euros, "Deze gemeente neemt niet deel aan de pool.") : PoolExpectation.Of(pooled.Euros, line);
        }
        catch (RuleViolationException problem)
        {
            return PoolExpectation.Without(pooled.Euros, problem.Message);
        }
    }

    public Task<MovementResult> PostSettlementAsync(Guid settlementId, string actor) =>
        MoveAsync(actor, async (services, ct) =>
        {
            await services.GetRequiredService<SettlementService>().PostOnLedgerAsync(settlementId, ct).ConfigureAwait(true);
            return MovementResult.Done;
        });

    public Task<MovementResult> PostAdvancesAsync(decimal poolBudget, string period, string actor) =>
        MoveAsync(actor, async (services, ct) =>
        {
            await LoadAsync(services, ct).ConfigureAwait(true); // the pool may have come about since activation
            var pool = poolId ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
            var amounts = await services.GetRequiredService<AdvancesWriter>().WriteAsync(pool, new Money(poolBudget), period, ct).ConfigureAwait(true);
            await LoadAsync(services, ct).ConfigureAwait(true);
            return new MovementResult(Amounts: amounts);
        });

    /// <summary>A movement of this pool other than costs, for the person who asked, one at a time; a broken rule comes back as a result.</summary>
    private Task<MovementResult> MoveAsync(string actor, Func<IServiceProvider, CancellationToken, Task<MovementResult>> move) =>
        OneMovementAtATimeAsync(() => MoveNowAsync(actor, move));

    private async Task<MovementResult> MoveNowAsync(string actor, Func<IServiceProvider, CancellationToken, Task<MovementResult>> move)
    {
        var result = MovementResult.Done;
        await InRegionAsync(async (services, ct) =>
        {
            using (BackgroundActor.Begin(actor))
            {
                try
                {
                    result = await move(services, ct).ConfigureAwait(true);
                }
                catch (RuleViolationException refused)
                {
                    result = new MovementResult(refused.Field, refused.Message);
                }
            }
        }, CancellationToken.None).ConfigureAwait(true);
        return result;
    }

    protected override PoolOwner ParseKey(string key) => PoolOwner.Parse(key);

    protected override async Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FinanceDbContext>();
        Pool? pool;
        await using (var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(true))
        {
            pool = await db.Pools.AsNoTracking().SingleOrDefaultAsync(p => p.ProductGroup == Owner.ProductGroup && p.Domain == Owner.Domain && p.Year == Owner.Year, cancellationToken)
                .ConfigureAwait(true);
            var sums = pool is null ? [] : await db.Postings
                .Where(p => p.PoolId == pool.Id && p.MunicipalityId != null && (p.Account == Accounts.PooledCosts || p.Account == Accounts.Advance))
                .GroupBy(p => new { p.Account, Municipality = p.MunicipalityId!.Value })
                .Select(g => new { g.Key.Account, g.Key.Municipality, Total = g.Sum(p => p.Amount) })
                .ToListAsync(cancellationToken).ConfigureAwait(true);
            pooledByMember = sums.Where(s => s.Account == Accounts.PooledCosts).ToDictionary(s => s.Municipality, s => s.Total);
            advancesByMember = sums.Where(s => s.Account == Accounts.Advance).ToDictionary(s => s.Municipality, s => s.Total);
        }

        (funding, poolId) = (pool?.Funding ?? PoolFunding.OwnClients, pool?.Id);
        (shares, keyProblem) = (null, "Er zijn nog geen kosten in deze pool.");
        if (pool is not null)
        {
            try
            {
                shares = (await services.GetRequiredService<PoolService>().KeyAsync(pool.Id, cancellationToken).ConfigureAwait(true)).Shares;
                keyProblem = null;
            }
            catch (RuleViolationException problem)
            {
                keyProblem = problem.Message;
            }
        }

        keyReadAt = clock.GetUtcNow();
    }

    protected override Task OnPostedAsync(WrittenBatch written, IReadOnlyList<PendingCost> batch)
    {
        foreach (var pooled in written.Postings.Where(p => p.Account == Accounts.PooledCosts))
        {
            pooledByMember[pooled.MunicipalityId!.Value] = pooledByMember.GetValueOrDefault(pooled.MunicipalityId.Value) + pooled.Amount;
        }

        if (shares is null)
        {
            keyReadAt = DateTimeOffset.MinValue; // the pool may exist now: read its key at the next question
        }

        var perBudget = batch.Where(c => c.Result.IsCompletedSuccessfully && c.Result.Result.Outcome == CostOutcome.Posted)
            .GroupBy(c => (c.Cost.MunicipalityId, c.Cost.Day.Month))
            .Select(g => (Budget: new BudgetOwner(Owner.RegionId, g.Key.MunicipalityId, Owner.Domain, Owner.Year), g.Key.Month, Amount: g.Sum(c => c.Cost.Amount)))
            .ToList();

        // Not awaited: the next batch need not wait for the budget accounts, which may live on another silo.
        _ = TellBudgetsAsync(perBudget, written.Transaction);
        return Task.CompletedTask;
    }

    private async Task TellBudgetsAsync(List<(BudgetOwner Budget, int Month, decimal Amount)> perBudget, ulong transaction)
    {
        try
        {
            await Task.WhenAll(perBudget.Select(b => GrainFactory.GetGrain<IBudgetGrain>(b.Budget.Key).AddPooledClientsCostsAsync(b.Month, b.Amount, transaction))).ConfigureAwait(true);
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
