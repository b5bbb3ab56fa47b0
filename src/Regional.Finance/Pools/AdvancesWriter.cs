using Microsoft.EntityFrameworkCore;
using Regional.Finance.Ledger;
using Regional.Finance.Persistence;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Values;

namespace Regional.Finance.Pools;

/// <summary>
/// Writes a pool's advances of a period as one balanced entry, split by the key exactly to the cent, and returns each
/// member's amount. Only the pool's grain calls it, one movement at a time (<see cref="PoolService.PostAdvancesAsync"/>).
/// </summary>
internal sealed class AdvancesWriter(FinanceDbContext db, PoolService pools, ICurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<Guid, decimal>> WriteAsync(Guid poolId, Money poolBudget, string period, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (poolBudget <= Money.Zero)
        {
            throw new RuleViolationException("PoolBudget", "Het poolbudget voor voorschotten moet groter zijn dan nul.");
        }

        var key = await pools.KeyAsync(poolId, cancellationToken).ConfigureAwait(false);
        var shares = key.Shares.OrderBy(s => s.MunicipalityId).ToList();
        var amounts = poolBudget.Allocate(shares.Select(s => s.Share).ToList());
        var entry = new JournalEntry
        {
            IdempotencyKey = $"advance:{poolId}:{Require.Text(nameof(period), "de periode", period, 40)}",
            OccurredOn = DutchTime.DayOf(now),
            Description = $"Voorschotten {key.Pool.Name} {period}",
            RecordedAt = now,
            RecordedBy = actor.Name,
        };
        entry.Postings.AddRange(shares.Select((s, i) => new Posting { Account = Accounts.Advance, MunicipalityId = s.MunicipalityId, PoolId = poolId, Amount = amounts[i].Euros }));
        entry.Postings.Add(new Posting { Account = Accounts.Pool, PoolId = poolId, Amount = -poolBudget.Euros });
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        if (await db.JournalEntries.AnyAsync(j => j.IdempotencyKey == entry.IdempotencyKey, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(period), $"De voorschotten voor {period} zijn al geboekt.");
        }

        db.JournalEntries.Add(entry);
        var pool = await db.Pools.SingleAsync(p => p.Id == poolId, cancellationToken).ConfigureAwait(false);
        pool.Funding = PoolFunding.Advances;
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return shares.Select((s, i) => (s.MunicipalityId, amounts[i].Euros)).ToDictionary();
    }
}
