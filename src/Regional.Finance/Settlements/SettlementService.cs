using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regional.Finance.Keys;
using Regional.Finance.Ledger;
using Regional.Finance.Persistence;
using Regional.Finance.Pools;
using Regional.Kernel.Security;
using Regional.Kernel.Values;

namespace Regional.Finance.Settlements;

/// <summary>One posting as people read it: when, what, why (its cause), by whom, how much.</summary>
public sealed record LedgerLine(DateOnly OccurredOn, string Description, string Cause, string RecordedBy, decimal Amount);

/// <summary>
/// Draft, approve (by a second person) and post settlements of a pool. Each run settles the pool in
/// full and subtracts what posted runs already settled, so costs booked after a posting come out as a
/// correction run and a posted settlement is never changed.
/// </summary>
public sealed class SettlementService(FinanceDbContext db, PoolService pools, ICurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<Settlement>> ListAsync(Guid poolId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return await db.Settlements.AsNoTracking().Where(s => s.PoolId == poolId).OrderByDescending(s => s.DraftedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Settlement?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return await db.Settlements.AsNoTracking().Include(s => s.Lines).SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The settlement as it would come out now, saving nothing: for the "expected settlement" of the
    /// municipality dashboard. The pool's total is its own balance, so under a municipality's scope
    /// (which sees only its own postings) its own line is still exact.
    /// </summary>
    public async Task<IReadOnlyList<SettlementLine>> PreviewAsync(Guid poolId, CancellationToken cancellationToken = default)
    {
        var key = await pools.KeyAsync(poolId, cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var borne = await BorneAsync(key.Pool, cancellationToken).ConfigureAwait(false);
        return SettlementCalculator.Calculate(new Money(key.Pool.PooledCost), key.Shares, borne);
    }

    public async Task<Settlement> DraftAsync(Guid poolId, CancellationToken cancellationToken = default)
    {
        var key = await pools.KeyAsync(poolId, cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var borne = await BorneAsync(key.Pool, cancellationToken).ConfigureAwait(false);

        // Funded by own clients, what they bore is the pooled cost itself: no second pass over the postings.
        var pooledCost = key.Pool.Funding == PoolFunding.OwnClients
            ? borne.Aggregate(Money.Zero, (sum, b) => sum + b.Amount)
            : new Money(await db.Postings.Where(p => p.PoolId == poolId && p.Account == Accounts.PooledCosts)
                .SumAsync(p => p.Amount, cancellationToken).ConfigureAwait(false));
        var posted = await db.Settlements.Include(s => s.Lines).Where(s => s.PoolId == poolId && s.Status == SettlementStatus.Posted)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var previously = posted.SelectMany(s => s.Lines).GroupBy(l => l.MunicipalityId).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var lines = SettlementCalculator.Calculate(pooledCost, key.Shares, borne);
        if (posted.Count > 0 && lines.All(l => l.Amount.Euros == previously.GetValueOrDefault(l.MunicipalityId)))
        {
            throw new RuleViolationException("PoolId", "Er is niets nieuws te verrekenen: de pool is sinds de laatste geboekte verrekening niet veranderd.");
        }

        var settlement = new Settlement
        {
            PoolId = poolId,
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
        db.Settlements.Add(settlement);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
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
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var lines = await db.Postings.Where(p => p.PoolId == pool.Id && p.MunicipalityId == municipalityId && p.Account == account)
            .Join(db.JournalEntries, p => p.EntryId, j => j.Id, (p, j) => new { j.OccurredOn, j.Description, j.IdempotencyKey, j.RecordedBy, p.Amount })
            .OrderBy(l => l.OccurredOn).ThenBy(l => l.IdempotencyKey)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return lines.Select(l => new LedgerLine(l.OccurredOn, l.Description, l.IdempotencyKey, l.RecordedBy, l.Amount)).ToList();
    }

    /// <summary>Four eyes: whoever drafted a settlement may not approve it.</summary>
    public async Task ApproveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var settlement = await LoadForUpdateAsync(id, cancellationToken).ConfigureAwait(false);
        SettlementRules.SecondPersonApproves(settlement, actor.Name);
        settlement.Status = SettlementStatus.Approved;
        settlement.ApprovedBy = actor.Name;
        settlement.ApprovedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts an approved settlement as one balanced entry: each member's amount against the pool's account.</summary>
    public async Task PostAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var settlement = await LoadForUpdateAsync(id, cancellationToken).ConfigureAwait(false);
        SettlementRules.PostedOnlyOnceAfterApproval(settlement);
        var lines = await db.SettlementLines.Where(l => l.SettlementId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var entry = new JournalEntry
        {
            IdempotencyKey = $"settlement:{id}",
            OccurredOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
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
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What each member bore: its own clients' pooled costs, or its advances, as the pool is funded.</summary>
    private async Task<List<Borne>> BorneAsync(Pool pool, CancellationToken cancellationToken)
    {
        var account = pool.Funding == PoolFunding.Advances ? Accounts.Advance : Accounts.PooledCosts;
        return await db.Postings.Where(p => p.PoolId == pool.Id && p.Account == account && p.MunicipalityId != null)
            .GroupBy(p => p.MunicipalityId!.Value).Select(g => new Borne(g.Key, new Money(g.Sum(p => p.Amount))))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
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
