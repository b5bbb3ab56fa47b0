using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regional.Finance.Keys;
using Regional.Finance.Ledger;
using Regional.Finance.Owners;
using Regional.Finance.Persistence;
using Regional.Finance.Pools;
using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Settlements;

/// <summary>A pool's draft settlement, or why none was drafted.</summary>
internal sealed record DraftOutcome(Pool Pool, Settlement? Settlement, string? Problem);

/// <summary>One posting as people read it: when, what, why (its cause), by whom, how much.</summary>
internal sealed record LedgerLine(DateOnly OccurredOn, string Description, string Cause, string RecordedBy, decimal Amount);

/// <summary>
/// Draft, approve (by a second person) and post settlements of a pool. Each run settles the pool in
/// full and subtracts what posted runs already settled, so costs booked after a posting come out as a
/// correction run and a posted settlement is never changed.
/// </summary>
internal sealed class SettlementService(FinanceDbContext db, PoolService pools, IGrainFactory grains, ICurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<Settlement>> ListAsync(Guid poolId, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Settlements.AsNoTracking().Where(s => s.PoolId == poolId).OrderByDescending(s => s.DraftedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The newest settlement run of each pool that has one.</summary>
    public async Task<IReadOnlyDictionary<Guid, Settlement>> LatestPerPoolAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var all = await db.Settlements.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return all.GroupBy(s => s.PoolId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.DraftedAt)!);
    }

    public async Task<Settlement?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Settlements.AsNoTracking().Include(s => s.Lines).SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Settlement> DraftAsync(Guid poolId, CancellationToken cancellationToken = default)
    {
        var key = await pools.KeyAsync(poolId, cancellationToken).ConfigureAwait(false);
        var outcome = (await DraftAsync([key], cancellationToken).ConfigureAwait(false)).Single();
        return outcome.Settlement ?? throw new RuleViolationException("PoolId", outcome.Problem!);
    }

    /// <summary>
    /// Year-end: a draft settlement of every pool of the year, in one transaction. A pool without a key,
    /// without costs, or with nothing new since its last posted settlement is reported with the reason.
    /// </summary>
    public async Task<IReadOnlyList<DraftOutcome>> DraftYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var keys = await pools.KeysAsync(year, cancellationToken).ConfigureAwait(false);
        var drafted = await DraftAsync(keys.Where(k => k.Key is not null).Select(k => k.Key!).ToList(), cancellationToken).ConfigureAwait(false);
        return [.. keys.Where(k => k.Key is null).Select(k => new DraftOutcome(k.Pool, null, k.Problem)), .. drafted];
    }

    private async Task<List<DraftOutcome>> DraftAsync(IReadOnlyList<PoolKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.Pool.Id).ToList();
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var borne = await BorneAsync(ids, cancellationToken).ConfigureAwait(false);
        var posted = (await db.Settlements.Include(s => s.Lines).Where(s => ids.Contains(s.PoolId) && s.Status == SettlementStatus.Posted)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(s => s.PoolId);
        var outcomes = new List<DraftOutcome>();
        foreach (var key in keys)
        {
            try
            {
                var pooledCost = borne[(key.Pool.Id, Accounts.PooledCosts)].Aggregate(Money.Zero, (sum, b) => sum + b.Amount);
                var settlement = Draft(key, pooledCost, [.. borne[(key.Pool.Id, BorneAccount(key.Pool))]], [.. posted[key.Pool.Id]]);
                db.Settlements.Add(settlement);
                outcomes.Add(new DraftOutcome(key.Pool, settlement, null));
            }
            catch (RuleViolationException e)
            {
                outcomes.Add(new DraftOutcome(key.Pool, null, e.Message));
            }
        }

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    private Settlement Draft(PoolKey key, Money pooledCost, List<Borne> borne, List<Settlement> posted)
    {
        var previously = posted.SelectMany(s => s.Lines).GroupBy(l => l.MunicipalityId).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var lines = SettlementCalculator.Calculate(pooledCost, key.Shares, borne);
        if (posted.Count > 0 && lines.All(l => l.Amount.Euros == previously.GetValueOrDefault(l.MunicipalityId)))
        {
            throw new RuleViolationException("PoolId", "Er is niets nieuws te verrekenen: de pool is sinds de laatste geboekte verrekening niet veranderd.");
        }

        var settlement = new Settlement
        {
            PoolId = key.Pool.Id,
            PooledCost = pooledCost.Euros,
            Sequence = posted.Count,
            InputsHash = Hash(pooledCost, key.Shares, lines, previously),
            DraftedBy = actor.Name,
            DraftedAt = clock.GetUtcNow(),
        };
        settlement.Lines.AddRange(lines.Select(l => new SettlementLineRow
        {
            MunicipalityId = l.MunicipalityId,
            Share = l.Share,
            Obligation = l.Obligation.Euros,
            Borne = l.Borne.Euros,
            PreviouslySettled = previously.GetValueOrDefault(l.MunicipalityId),
            Amount = l.Amount.Euros - previously.GetValueOrDefault(l.MunicipalityId),
        }));
        return settlement;
    }

    /// <summary>
    /// The ledger entries behind one member's "borne" in a settlement: every pooled cost of its own clients
    /// (or every advance) with its date, description and the cause it was posted for (e.g. a declaration line).
    /// </summary>
    public async Task<IReadOnlyList<LedgerLine>> BehindLineAsync(Guid settlementId, Guid municipalityId, CancellationToken cancellationToken = default)
    {
        var settlement = await FindAsync(settlementId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("SettlementId", "Onbekende verrekening.");
        var pool = await pools.FindAsync(settlement.PoolId, cancellationToken).ConfigureAwait(false);
        var account = pool!.Funding == PoolFunding.Advances ? Accounts.Advance : Accounts.PooledCosts;
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var lines = await db.Postings.Where(p => p.PoolId == pool.Id && p.MunicipalityId == municipalityId && p.Account == account)
            .Join(db.JournalEntries, p => p.EntryId, j => j.Id, (p, j) => new { j.OccurredOn, j.Description, j.IdempotencyKey, j.RecordedBy, p.Amount })
            .OrderBy(l => l.OccurredOn).ThenBy(l => l.IdempotencyKey)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return lines.Select(l => new LedgerLine(l.OccurredOn, l.Description, l.IdempotencyKey, l.RecordedBy, l.Amount)).ToList();
    }

    /// <summary>Four eyes: whoever drafted a settlement may not approve it.</summary>
    public async Task ApproveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var settlement = await LoadForUpdateAsync(id, cancellationToken).ConfigureAwait(false);
        SettlementRules.SecondPersonApproves(settlement, actor.Name);
        await CheckAgainstLedgerAsync(settlement, cancellationToken).ConfigureAwait(false);
        settlement.Status = SettlementStatus.Approved;
        settlement.ApprovedBy = actor.Name;
        settlement.ApprovedAt = clock.GetUtcNow();
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts an approved settlement through its pool's grain, the one owner of the pool's movements.</summary>
    public async Task PostAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var settlement = await FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("SettlementId", "Onbekende verrekening.");
        var pool = await pools.FindAsync(settlement.PoolId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
        var owner = grains.GetGrain<IPoolGrain>(new PoolOwner(pool.RegionId, pool.ProductGroup, pool.Domain, pool.Year).Key);
        (await ClusterFaults.RetryAsync(() => owner.PostSettlementAsync(id, actor.Name), cancellationToken).ConfigureAwait(false)).ThrowIfRefused();
    }

    /// <summary>
    /// Writes an approved settlement as one balanced entry (each member's amount against the pool's account), inside the
    /// pool's grain. Repeating it after it went through is refused as already posted, so the grain's caller may retry.
    /// </summary>
    internal async Task PostOnLedgerAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var settlement = await LoadForUpdateAsync(id, cancellationToken).ConfigureAwait(false);
        SettlementRules.PostedOnlyOnceAfterApproval(settlement);
        var lines = await CheckAgainstLedgerAsync(settlement, cancellationToken).ConfigureAwait(false);
        var entry = new JournalEntry
        {
            IdempotencyKey = $"settlement:{id}",
            OccurredOn = clock.Today(),
            Description = $"Verrekening pool {settlement.PoolId} (run {settlement.Sequence + 1})",
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = actor.Name,
        };
        entry.Postings.AddRange(lines.Where(l => l.Amount != 0).Select(l => new Posting
        {
            Account = Accounts.Settlement, MunicipalityId = l.MunicipalityId, PoolId = settlement.PoolId, Amount = l.Amount,
        }));
        entry.Postings.Add(new Posting { Account = Accounts.Pool, PoolId = settlement.PoolId, Amount = -lines.Sum(l => l.Amount) });
        db.JournalEntries.Add(entry);
        settlement.Status = SettlementStatus.Posted;
        settlement.PostedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another run of this pool was posted at the same moment: the database's guard holds.
            SettlementRules.DraftedAfterTheLastPostedRun(settlement, settlement.Sequence + 1);
        }

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Before a run is approved or posted, under its row lock: it was drafted on the pool as posted now, and its lines
    /// add up. The pool row is locked too, so two runs of one pool are approved and posted one after the other.
    /// </summary>
    private async Task<List<SettlementLineRow>> CheckAgainstLedgerAsync(Settlement settlement, CancellationToken cancellationToken)
    {
        var pool = await db.Pools.FromSqlInterpolated($"SELECT * FROM finance.pools WHERE id = {settlement.PoolId} FOR UPDATE")
            .AsNoTracking().SingleAsync(cancellationToken).ConfigureAwait(false);
        var postedRuns = await db.Settlements.CountAsync(s => s.PoolId == settlement.PoolId && s.Status == SettlementStatus.Posted, cancellationToken).ConfigureAwait(false);
        SettlementRules.DraftedAfterTheLastPostedRun(settlement, postedRuns);
        var lines = await db.SettlementLines.Where(l => l.SettlementId == settlement.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        SettlementRules.LinesAddUp(settlement, lines, pool.Funding == PoolFunding.OwnClients);
        return lines;
    }

    private static string BorneAccount(Pool pool) => pool.Funding == PoolFunding.Advances ? Accounts.Advance : Accounts.PooledCosts;

    /// <summary>What each member bore per pool, in one pass over the postings: its own clients' pooled costs, and its advances.</summary>
    private async Task<ILookup<(Guid Pool, string Account), Borne>> BorneAsync(List<Guid> poolIds, CancellationToken cancellationToken)
    {
        var sums = await db.Postings
            .Where(p => p.PoolId != null && poolIds.Contains(p.PoolId.Value) && (p.Account == Accounts.PooledCosts || p.Account == Accounts.Advance) && p.MunicipalityId != null)
            .GroupBy(p => new { Pool = p.PoolId!.Value, p.Account, Municipality = p.MunicipalityId!.Value })
            .Select(g => new { g.Key.Pool, g.Key.Account, g.Key.Municipality, Total = g.Sum(p => p.Amount) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return sums.ToLookup(s => (s.Pool, s.Account), s => new Borne(s.Municipality, new Money(s.Total)));
    }

    private async Task<Settlement> LoadForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Settlements.FromSqlInterpolated($"SELECT * FROM finance.settlements WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("SettlementId", "Onbekende verrekening.");

    private static string Hash(Money cost, IReadOnlyList<KeyShare> shares, IReadOnlyList<SettlementLine> lines, IReadOnlyDictionary<Guid, decimal> previously)
    {
        var text = new StringBuilder(cost.Euros.ToString(CultureInfo.InvariantCulture));
        foreach (var share in shares.OrderBy(s => s.MunicipalityId))
        {
            var line = lines.Single(l => l.MunicipalityId == share.MunicipalityId);
            text.Append(CultureInfo.InvariantCulture, $"|{share.MunicipalityId}:{share.Share}:{line.Borne.Euros}:{previously.GetValueOrDefault(share.MunicipalityId)}");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
