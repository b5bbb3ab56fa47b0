using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regional.Finance.Owners;
using Regional.Finance.Persistence;
using Regional.Finance.Pools;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Purchasing.Solidarity;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Ledger;

/// <summary>
/// Posts a batch of one owner's costs (a pool's, or a budget account's) in one transaction: each as a
/// balanced journal entry, exactly once per idempotency key. It runs inside the owner's grain, in the
/// whole region's tenant scope, so a threshold's running total sees every earlier cost of its client or
/// municipality. A pool's balance is raised in place at the end (its row locked until the commit), so it
/// is current after every batch and no update is lost. Batching is what makes the ledger fast: one
/// commit, and one statement per table, for many postings.
/// </summary>
internal sealed class CostBatchWriter(FinanceDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Completes every cost of the batch and returns the postings written with their transaction: a cost that breaks a
    /// rule is refused alone, a cost of nothing books nothing; a database failure fails the batch and completes nothing.
    /// </summary>
    public async Task<WrittenBatch> WriteAsync(IReadOnlyList<PendingCost> batch, CancellationToken cancellationToken)
    {
        var costs = new List<RoutedCost>();
        foreach (var pending in batch)
        {
            try
            {
                costs.Add(new RoutedCost(pending, pending.Cost.Parts.Select(p => Pooling.ThresholdHolder(pending.Cost.Route.Pooling, pending.Cost.MunicipalityId, p.ClientRef)).ToList()));
            }
            catch (RuleViolationException problem)
            {
                pending.Refuse(problem);
            }
        }

        foreach (var nothing in costs.Where(c => c.Pending.Cost.Parts.All(p => p.Amount == 0)))
        {
            nothing.Pending.Complete(CostOutcome.NothingToBook);
        }

        // The first of several costs with one key in a batch is the one that counts; the others are replays.
        var distinct = costs.Where(c => !c.Pending.IsDone).DistinctBy(c => c.Pending.IdempotencyKey).ToList();
        var (posted, written) = await PostAsync(distinct, cancellationToken).ConfigureAwait(false);
        foreach (var cost in costs.Where(c => !c.Pending.IsDone))
        {
            cost.Pending.Complete(posted.Contains(cost) ? CostOutcome.Posted : CostOutcome.AlreadyPosted);
        }

        return written;
    }

    private async Task<(HashSet<RoutedCost> Posted, WrittenBatch Written)> PostAsync(List<RoutedCost> costs, CancellationToken cancellationToken)
    {
        if (costs.Count == 0)
        {
            return ([], new WrittenBatch([], 0));
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var pools = await PoolsAsync(costs, cancellationToken).ConfigureAwait(false);
        var (fresh, transaction) = await InsertEntriesAsync(costs, work, cancellationToken).ConfigureAwait(false);
        var postings = await BuildPostingsAsync(fresh, pools, cancellationToken).ConfigureAwait(false);
        await InsertPostingsAsync(postings, work, cancellationToken).ConfigureAwait(false);
        await ClientSubLedger.AddAsync(
            work, fresh.SelectMany(c => c.Pending.Cost.Parts.Where(p => p.ClientRef is not null)
                .Select(p => new ClientCost(c.Pending.Cost.MunicipalityId, c.Route.ProductGroup, c.Route.Domain, c.Pending.Cost.Day.Year, p.ClientRef!, p.Amount))),
            cancellationToken).ConfigureAwait(false);
        foreach (var pool in postings.Where(p => p.Account == Accounts.PooledCosts).GroupBy(p => p.PoolId!.Value).OrderBy(g => g.Key))
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE finance.pools SET pooled_cost = pooled_cost + {pool.Sum(p => p.Amount)} WHERE id = {pool.Key}", cancellationToken).ConfigureAwait(false);
        }

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return (fresh.ToHashSet(), new WrittenBatch(postings, transaction));
    }

    /// <summary>The pools of the batch by group, domain and year, created on their first cost; those with a threshold locked, in a fixed order.</summary>
    private async Task<Dictionary<(string, SocialDomain, int), Guid>> PoolsAsync(List<RoutedCost> costs, CancellationToken cancellationToken)
    {
        var pools = new Dictionary<(string, SocialDomain, int), Guid>();
        var needed = costs.Where(c => c.IsPooled).GroupBy(c => c.PoolKey)
            .OrderBy(n => n.Key.ProductGroup, StringComparer.Ordinal).ThenBy(n => n.Key.Domain).ThenBy(n => n.Key.Year);
        foreach (var costsOfPool in needed)
        {
            var ((group, domain, year), cost) = (costsOfPool.Key, costsOfPool.First());
            var domainName = domain.ToString();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO finance.pools (id, region_id, product_group, year, domain, arrangement, fraction, pooled_cost, funding)
                VALUES ({Guid.CreateVersion7()}, kernel.current_region_id(), {group}, {year}, {domainName},
                        {cost.Rule!.Arrangement.ToString()}, {cost.Rule.Fraction}, 0, {nameof(PoolFunding.OwnClients)})
                ON CONFLICT (region_id, product_group, domain, year) DO NOTHING
                """, cancellationToken).ConfigureAwait(false);
            var pool = costsOfPool.All(c => c.ThresholdHolders.All(h => h is null))
                ? db.Pools.FromSqlInterpolated($"SELECT * FROM finance.pools WHERE product_group = {group} AND domain = {domainName} AND year = {year}")
                : db.Pools.FromSqlInterpolated($"SELECT * FROM finance.pools WHERE product_group = {group} AND domain = {domainName} AND year = {year} FOR UPDATE");
            pools[(group, domain, year)] = await pool.Select(p => p.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
        }

        return pools;
    }

    /// <summary>
    /// Inserts an entry per cost; the unique key skips causes already posted, also by a concurrent writer
    /// (which this one waits for). Keys go in sorted order, so two writers never wait on each other in a cycle. Also
    /// returns the transaction, so that whoever is told of these costs later (a budget account, by the pool) can tell
    /// whether it already read them (0 when nothing was inserted).
    /// </summary>
    private async Task<(List<RoutedCost> Fresh, ulong Transaction)> InsertEntriesAsync(List<RoutedCost> costs, UnitOfWork work, CancellationToken cancellationToken)
    {
        await using var command = work.Command(
            """
            INSERT INTO finance.journal_entries (id, region_id, idempotency_key, occurred_on, description, recorded_at, recorded_by)
            SELECT e.id, kernel.current_region_id(), e.key, e.day, e.description, @at, e.actor
            FROM unnest(@ids, @keys, @days, @descriptions, @actors) AS e(id, key, day, description, actor)
            ORDER BY e.key
            ON CONFLICT (region_id, idempotency_key) DO NOTHING
            RETURNING idempotency_key, pg_current_xact_id()::text
            """);
        command.Parameters.AddWithValue("at", clock.GetUtcNow());
        command.Parameters.AddWithValue("ids", costs.Select(c => c.EntryId).ToArray());
        command.Parameters.AddWithValue("keys", costs.Select(c => c.Pending.IdempotencyKey).ToArray());
        command.Parameters.AddWithValue("days", costs.Select(c => c.Pending.Cost.Day).ToArray());
        command.Parameters.AddWithValue("descriptions", costs.Select(c => $"Kosten {c.Pending.Cost.Route.ProductCode} {c.Pending.Cost.Day:yyyy-MM}").ToArray());
        command.Parameters.AddWithValue("actors", costs.Select(c => c.Pending.Cost.RecordedBy).ToArray());
        var (inserted, transaction) = (new HashSet<string>(StringComparer.Ordinal), 0UL);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                inserted.Add(reader.GetString(0));
                transaction = ulong.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
            }
        }

        return (costs.Where(c => inserted.Contains(c.Pending.IdempotencyKey)).ToList(), transaction);
    }

    private async Task<List<Posting>> BuildPostingsAsync(
        List<RoutedCost> fresh, Dictionary<(string, SocialDomain, int), Guid> pools, CancellationToken cancellationToken)
    {
        var runningTotals = await ThresholdTotalsAsync(fresh, cancellationToken).ConfigureAwait(false);
        var postings = new List<Posting>();
        foreach (var cost in fresh)
        {
            // Each client part split by the rule on its own running total, then one posting per account (and pool), summed
            // over the clients (who are in the client sub-ledger); per client under a per-client threshold, so that each
            // pooled euro shows whose care went over it.
            var sides = new Dictionary<(string Account, Guid? Pool, string? Client), Money>();
            foreach (var (part, holder) in cost.Pending.Cost.Parts.Zip(cost.ThresholdHolders))
            {
                var amount = new Money(part.Amount);
                var totalKey = (holder, cost.Route.ProductGroup, cost.Pending.Cost.Day.Year);
                var before = holder is null ? Money.Zero : runningTotals.GetValueOrDefault(totalKey, Money.Zero);
                var pooled = Pooling.PooledPart(cost.Rule, amount, before);
                if (holder is not null)
                {
                    runningTotals[totalKey] = before + amount;
                }

                var client = cost.PostsPerClient ? part.ClientRef : null;
                Add(sides, (Accounts.OwnCosts, null, client), amount - pooled);
                if (pooled != Money.Zero)
                {
                    Add(sides, (Accounts.PooledCosts, pools[cost.PoolKey], client), pooled);
                }
            }

            postings.AddRange(sides.Where(s => s.Value != Money.Zero).Select(s => cost.Post(s.Key.Account, cost.Pending.Cost.MunicipalityId, s.Key.Pool, s.Value, s.Key.Client)));
            if (cost.Pending.Cost.Amount != 0)
            {
                postings.Add(cost.Post(Accounts.Payables, null, null, new Money(-cost.Pending.Cost.Amount), null));
            }
        }

        return postings;
    }

    private static void Add<TKey>(Dictionary<TKey, Money> sums, TKey key, Money amount)
        where TKey : notnull => sums[key] = sums.GetValueOrDefault(key, Money.Zero) + amount;

    /// <summary>What each threshold holder (client or municipality) in the batch already has on the ledger for the group, domain and year.</summary>
    private async Task<Dictionary<(string?, string, int), Money>> ThresholdTotalsAsync(List<RoutedCost> fresh, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<(string?, string, int), Money>();
        var thresholds = fresh.Where(c => c.ThresholdHolders.Any(h => h is not null))
            .GroupBy(c => (c.Route.ProductGroup, c.Route.Domain, c.Pending.Cost.Day.Year, PerClient: c.Rule!.ThresholdBasis == ThresholdBasis.PerClient));
        foreach (var group in thresholds)
        {
            var (productGroup, domain, year, perClient) = group.Key;
            var holders = group.SelectMany(c => c.ThresholdHolders).OfType<string>().Distinct().ToList();
            var sums = perClient
                ? db.CostClients.Where(c => c.ProductGroup == productGroup && c.Domain == domain && c.Year == year && holders.Contains(c.ClientRef))
                    .GroupBy(c => c.ClientRef).Select(g => new { Holder = g.Key, Total = g.Sum(c => c.Amount) })
                : db.CareCosts(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Where(c => c.ProductGroup == productGroup && c.Domain == domain)
                    .Where(c => holders.Contains(c.MunicipalityId.ToString())).GroupBy(c => c.MunicipalityId.ToString())
                    .Select(g => new { Holder = g.Key, Total = g.Sum(c => c.Amount) });
            foreach (var sum in await sums.ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                totals[(sum.Holder, productGroup, year)] = new Money(sum.Total);
            }
        }

        return totals;
    }

    private static async Task InsertPostingsAsync(List<Posting> postings, UnitOfWork work, CancellationToken cancellationToken)
    {
        await using var command = work.Command(
            """
            INSERT INTO finance.postings (id, region_id, entry_id, account, municipality_id, pool_id, product_group, domain, amount, client_ref)
            SELECT p.id, kernel.current_region_id(), p.entry_id, p.account, p.municipality_id, p.pool_id, p.product_group, p.domain, p.amount, p.client_ref
            FROM unnest(@ids, @entries, @accounts, @municipalities, @pools, @groups, @domains, @amounts, @clients)
                AS p(id, entry_id, account, municipality_id, pool_id, product_group, domain, amount, client_ref)
            """);
        command.Parameters.AddWithValue("ids", postings.Select(p => p.Id).ToArray());
        command.Parameters.AddWithValue("entries", postings.Select(p => p.EntryId).ToArray());
        command.Parameters.AddWithValue("accounts", postings.Select(p => p.Account).ToArray());
        command.Parameters.AddWithValue("municipalities", postings.Select(p => p.MunicipalityId).ToArray());
        command.Parameters.AddWithValue("pools", postings.Select(p => p.PoolId).ToArray());
        command.Parameters.AddWithValue("groups", postings.Select(p => p.ProductGroup).ToArray());
        command.Parameters.AddWithValue("domains", postings.Select(p => p.Domain?.ToString()).ToArray());
        command.Parameters.AddWithValue("amounts", postings.Select(p => p.Amount).ToArray());
        command.Parameters.AddWithValue("clients", postings.Select(p => p.ClientRef).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A cost with its route and, per client part, whose running total a threshold counts; compared by reference, each is one cost of the batch.</summary>
    private sealed class RoutedCost(PendingCost pending, IReadOnlyList<string?> thresholdHolders)
    {
        public PendingCost Pending { get; } = pending;

        public CostRoute Route => Pending.Cost.Route;

        public PoolingRule? Rule => Route.Pooling;

        public IReadOnlyList<string?> ThresholdHolders { get; } = thresholdHolders;

        public Guid EntryId { get; } = Guid.CreateVersion7();

        public bool IsPooled => Rule is not null;

        /// <summary>Under a per-client threshold what is pooled depends on each client, so its postings name the client.</summary>
        public bool PostsPerClient => Rule is { Arrangement: SolidarityArrangement.AboveThreshold, ThresholdBasis: ThresholdBasis.PerClient };

        public (string ProductGroup, SocialDomain Domain, int Year) PoolKey => (Route.ProductGroup, Route.Domain, Rule!.Year);

        public Posting Post(string account, Guid? municipality, Guid? pool, Money amount, string? clientRef) => new()
        {
            EntryId = EntryId,
            Account = account,
            MunicipalityId = municipality,
            PoolId = pool,
            ProductGroup = Route.ProductGroup,
            Domain = Route.Domain,
            Amount = amount.Euros,
            ClientRef = clientRef,
        };
    }
}
