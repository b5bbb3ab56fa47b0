using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regional.Finance.Persistence;
using Regional.Finance.Pools;
using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Solidarity;

namespace Regional.Finance.Ledger;

/// <summary>Care delivered for a municipality's client, as finance receives it (from an accepted declaration line).</summary>
/// <param name="SourceKey">The cause, unique in the region (e.g. the declaration line's reference): a replay posts nothing.</param>
public sealed record CostIncurred(Guid MunicipalityId, Guid ProductId, DateOnly Day, Money Amount, string SourceKey);

public enum CostOutcome
{
    Posted,
    AlreadyPosted,
}

/// <summary>The one way costs enter finance. Whether a cost lands on the municipality's own account or in a pool follows the solidarity decision in force.</summary>
public interface ICostIntake
{
    Task<CostOutcome> RecordAsync(CostIncurred cost, CancellationToken cancellationToken = default);
}

/// <summary>
/// Posts a cost as one balanced journal entry, exactly once per source key. The pool row is locked for
/// the posting (one writer at a time per pool, as a grain would), so its balance is current after every
/// posting and concurrent imports lose no update.
/// </summary>
internal sealed class CostIntake(FinanceDbContext db, ProductCatalogue products, SolidarityService solidarity, ICurrentActor actor, TimeProvider clock)
    : ICostIntake
{
    public async Task<CostOutcome> RecordAsync(CostIncurred cost, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var key = "cost:" + Require.Text(nameof(cost.SourceKey), "de bronverwijzing", cost.SourceKey, 200);
        if (cost.Amount == Money.Zero)
        {
            throw new RuleViolationException(nameof(cost.Amount), "Een kostenpost van € 0,00 wordt niet geboekt.");
        }

        var product = await products.FindAsync(cost.ProductId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException(nameof(cost.ProductId), "Onbekend product.");
        var decision = await solidarity.InForceAsync(product.Id, cost.Day.Year, cancellationToken).ConfigureAwait(false);
        try
        {
            return await PostAsync(cost, key, product, decision, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_journal_entries_region_id_idempotency_key" })
        {
            return CostOutcome.AlreadyPosted; // the same cause posted concurrently by another writer
        }
    }

    private async Task<CostOutcome> PostAsync(CostIncurred cost, string key, Product product, SolidarityDecision? decision, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Writers of the same cause wait for each other, so a concurrent replay finds the first one's
        // entry instead of colliding on the unique key (which stays as the last line of defence).
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken).ConfigureAwait(false);
        if (await db.JournalEntries.AnyAsync(j => j.IdempotencyKey == key, cancellationToken).ConfigureAwait(false))
        {
            return CostOutcome.AlreadyPosted;
        }

        var pool = decision is null || decision.Arrangement == SolidarityArrangement.None
            ? null
            : await LockPoolAsync(product, decision, cancellationToken).ConfigureAwait(false);
        var pooled = pool is null ? Money.Zero : await PooledPartAsync(cost, product, decision!, cancellationToken).ConfigureAwait(false);
        var entry = new JournalEntry
        {
            IdempotencyKey = key,
            OccurredOn = cost.Day,
            Description = $"Kosten {product.Code} {cost.Day:yyyy-MM}",
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = actor.Name,
        };
        if (cost.Amount - pooled != Money.Zero)
        {
            entry.Postings.Add(Post(Accounts.OwnCosts, cost.MunicipalityId, null, product, cost.Amount - pooled));
        }

        if (pooled != Money.Zero)
        {
            entry.Postings.Add(Post(Accounts.PooledCosts, cost.MunicipalityId, pool!.Id, product, pooled));
            pool.PooledCost += pooled.Euros;
        }

        entry.Postings.Add(Post(Accounts.Payables, null, null, product, -cost.Amount));
        db.JournalEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CostOutcome.Posted;
    }

    /// <summary>The pool of the product group and year, created on its first cost, locked for this transaction.</summary>
    private async Task<Pool> LockPoolAsync(Product product, SolidarityDecision decision, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO finance.pools (id, region_id, product_group, year, domain, arrangement, fraction, pooled_cost, funding)
            VALUES ({Guid.CreateVersion7()}, kernel.current_region_id(), {product.ProductGroup}, {decision.Year}, {product.Domain.ToString()},
                    {decision.Arrangement.ToString()}, {decision.Fraction}, 0, {nameof(PoolFunding.OwnClients)})
            ON CONFLICT (region_id, product_group, year) DO NOTHING
            """, cancellationToken).ConfigureAwait(false);
        return await db.Pools
            .FromSqlInterpolated($"SELECT * FROM finance.pools WHERE product_group = {product.ProductGroup} AND year = {decision.Year} FOR UPDATE")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Money> PooledPartAsync(CostIncurred cost, Product product, SolidarityDecision decision, CancellationToken cancellationToken) =>
        decision.Arrangement switch
        {
            SolidarityArrangement.Full => cost.Amount,
            SolidarityArrangement.Partial => new Money(decimal.Round(cost.Amount.Euros * decision.Fraction!.Value, 2, MidpointRounding.ToEven)),
            SolidarityArrangement.AboveThreshold when decision.ThresholdBasis == ThresholdBasis.PerMunicipality =>
                await AboveThresholdAsync(cost, product, decision.Year, new Money(decision.ThresholdAmount!.Value), cancellationToken).ConfigureAwait(false),
            _ => throw new RuleViolationException(
                "Arrangement", "Een drempel per cliënt vraagt cliëntgegevens bij de kosten; die komen met de declaraties en worden nog niet geboekt."),
        };

    /// <summary>The part of this cost that lifts the municipality's costs of the group in the year above the threshold.</summary>
    private async Task<Money> AboveThresholdAsync(CostIncurred cost, Product product, int year, Money threshold, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var before = new Money(await db.Postings
            .Where(p => p.MunicipalityId == cost.MunicipalityId && p.ProductGroup == product.ProductGroup && (p.Account == Accounts.OwnCosts || p.Account == Accounts.PooledCosts))
            .Join(db.JournalEntries.Where(j => j.OccurredOn >= first && j.OccurredOn <= last), p => p.EntryId, j => j.Id, (p, _) => p.Amount)
            .SumAsync(cancellationToken).ConfigureAwait(false));
        static Money Above(Money total, Money threshold) => total > threshold ? total - threshold : Money.Zero;
        return Above(before + cost.Amount, threshold) - Above(before, threshold);
    }

    private static Posting Post(string account, Guid? municipality, Guid? pool, Product product, Money amount) =>
        new() { Account = account, MunicipalityId = municipality, PoolId = pool, ProductGroup = product.ProductGroup, Domain = product.Domain, Amount = amount.Euros };
}
