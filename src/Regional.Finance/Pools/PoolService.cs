using Microsoft.EntityFrameworkCore;
using Regional.Finance.Keys;
using Regional.Finance.Ledger;
using Regional.Finance.Owners;
using Regional.Finance.Persistence;
using Regional.Finance.Settlements;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Pools;

/// <summary>A pool's members and its key: each member's share and how it was computed.</summary>
public sealed record PoolKey(Pool Pool, IReadOnlyList<MemberView> Members, IReadOnlyList<KeyShare> Shares);

/// <summary>A key to compare, e.g. "inwoners" or "50% inwoners 0-17 + 50% cliënten".</summary>
public sealed record CandidateKey(string Name, IReadOnlyList<KeyComponent> Components);

public sealed record MemberAmount(Guid MunicipalityId, decimal Share, decimal Amount);

/// <summary>One candidate's outcome: per member its share and amount, or why it cannot be computed.</summary>
public sealed record CandidateOutcome(string Name, IReadOnlyList<MemberAmount> Members, string? Problem);

public sealed record KeyComparison(Pool Pool, IReadOnlyList<MemberView> Members, IReadOnlyList<CandidateOutcome> Candidates);

/// <summary>Solidarity pools: their key (components and per-member values) and the shares it gives.</summary>
public sealed class PoolService(FinanceDbContext db, RegionDirectory directory, IGrainFactory grains, TenantContext tenants, ICurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<Pool>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Pools.AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.ProductGroup).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Pool?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await WithKeys.SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pools read with their key's components and entered values.</summary>
    private IQueryable<Pool> WithKeys => db.Pools.AsNoTracking().Include(p => p.Components).Include(p => p.Inputs);

    /// <summary>The municipalities that share the pool: members of the region for its domain at some time in its year.</summary>
    public async Task<IReadOnlyList<MemberView>> MembersAsync(Pool pool, CancellationToken cancellationToken = default) =>
        Sharing(pool, await directory.MembersAsync(cancellationToken).ConfigureAwait(false));

    private static List<MemberView> Sharing(Pool pool, IReadOnlyList<MemberView> regionMembers)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var year = Kernel.Values.Period.Year(pool.Year);
        return regionMembers.Where(m => m.Memberships.Any(x => x.Domain == pool.Domain && x.Period.Overlaps(year))).ToList();
    }

    /// <summary>Sets the key: its weighted components and each member's value per component. Refused once a settlement is posted.</summary>
    public async Task SetKeyAsync(Guid poolId, IReadOnlyList<KeyComponent> components, IReadOnlyList<KeyInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(inputs);
        var pool = await FindAsync(poolId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
        var members = (await MembersAsync(pool, cancellationToken).ConfigureAwait(false)).Select(m => m.MunicipalityId).ToList();
        // Historical costs come from the ledger; inhabitants and clients from population figures and the ledger unless entered here.
        var entered = components.Where(c => c.Basis != KeyBasis.HistoricalCosts && !(Derivable(c.Basis) && inputs.All(i => i.Basis != c.Basis))).ToList();
        KeyRules.WeightsAreNonNegativeAndSumToOne(components);
        KeyRules.EveryMemberHasAValuePerComponent(members, entered, inputs);
        if (inputs.FirstOrDefault(i => !members.Contains(i.MunicipalityId)) is { } stranger)
        {
            throw new RuleViolationException("Inputs", $"Gemeente {stranger.MunicipalityId} neemt niet deel aan deze pool.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Settlements.AnyAsync(s => s.PoolId == poolId && s.Status == SettlementStatus.Posted, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException("Components", "Er is al een verrekening geboekt met deze sleutel; wijzig de sleutel niet achteraf.");
        }

        db.PoolKeyComponents.RemoveRange(await db.PoolKeyComponents.Where(c => c.PoolId == poolId).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.PoolKeyInputs.RemoveRange(await db.PoolKeyInputs.Where(i => i.PoolId == poolId).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.PoolKeyComponents.AddRange(components.Select(c => new PoolKeyComponent { PoolId = poolId, Basis = c.Basis, Weight = c.Weight }));
        db.PoolKeyInputs.AddRange(inputs.Where(i => entered.Any(c => c.Basis == i.Basis))
            .Select(i => new PoolKeyInput { PoolId = poolId, MunicipalityId = i.MunicipalityId, Basis = i.Basis, Value = i.Value }));
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await OwnerOf(pool).ResyncAsync().ConfigureAwait(false);
    }

    /// <summary>The pool's grain, which keeps its key and what each member bore: told when either changes here.</summary>
    private IPoolGrain OwnerOf(Pool pool) => grains.GetGrain<IPoolGrain>(new PoolOwner(tenants.Required.RegionId, pool.ProductGroup, pool.Domain, pool.Year).Key);

    /// <summary>
    /// Posts advances (voorschotten) for a period through the pool's grain: the pool's budget split over the members by
    /// the key (largest remainder, exact to the cent), once per period. From then on the pool is settled against the
    /// advances rather than against the members' own clients' costs.
    /// </summary>
    public async Task<IReadOnlyList<(Guid MunicipalityId, Money Amount)>> PostAdvancesAsync(
        Guid poolId, Money poolBudget, string period, CancellationToken cancellationToken = default)
    {
        var pool = await FindAsync(poolId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
        var result = await ClusterFaults.RetryAsync(() => OwnerOf(pool).PostAdvancesAsync(poolBudget.Euros, period, actor.Name), cancellationToken).ConfigureAwait(false);
        result.ThrowIfRefused();
        return result.Amounts!.OrderBy(a => a.Key).Select(a => (a.Key, new Money(a.Value))).ToList();
    }

    /// <summary>Writes the advances of a period as one balanced entry, inside the pool's grain; each member's amount is returned.</summary>
    internal async Task<IReadOnlyDictionary<Guid, decimal>> WriteAdvancesAsync(Guid poolId, Money poolBudget, string period, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (poolBudget <= Money.Zero)
        {
            throw new RuleViolationException("PoolBudget", "Het poolbudget voor voorschotten moet groter zijn dan nul.");
        }

        var key = await KeyAsync(poolId, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The key as it stands: each member's share, with historical costs taken from the ledger.</summary>
    public async Task<PoolKey> KeyAsync(Guid poolId, CancellationToken cancellationToken = default)
    {
        var pool = await FindAsync(poolId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
        return await KeyOfAsync(pool, await directory.MembersAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The keys of every pool of a year; a pool whose key cannot be computed comes with the reason instead.</summary>
    public async Task<IReadOnlyList<(Pool Pool, PoolKey? Key, string? Problem)>> KeysAsync(int year, CancellationToken cancellationToken = default)
    {
        List<Pool> all;
        await using (var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false))
        {
            all = await WithKeys.Where(p => p.Year == year)
                .OrderBy(p => p.ProductGroup).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var members = await directory.MembersAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<(Pool, PoolKey?, string?)>();
        foreach (var pool in all)
        {
            try
            {
                keys.Add((pool, await KeyOfAsync(pool, members, cancellationToken).ConfigureAwait(false), null));
            }
            catch (RuleViolationException e)
            {
                keys.Add((pool, null, e.Message));
            }
        }

        return keys;
    }

    private async Task<PoolKey> KeyOfAsync(Pool pool, IReadOnlyList<MemberView> regionMembers, CancellationToken cancellationToken)
    {
        if (pool.Components.Count == 0)
        {
            throw new RuleViolationException("Components", $"Pool {pool.Name} heeft nog geen verdeelsleutel.");
        }

        var members = Sharing(pool, regionMembers);
        var components = pool.Components.Select(c => new KeyComponent(c.Basis, c.Weight)).ToList();
        return new PoolKey(pool, members, await SharesAsync(pool, members, components, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// What each member would bear of the pool's cost under each candidate key (a what-if for the board).
    /// A candidate lacking data (e.g. no population imported) gets its reason instead of shares.
    /// </summary>
    public async Task<KeyComparison> CompareAsync(Guid poolId, IReadOnlyList<CandidateKey> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var pool = await FindAsync(poolId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
        var members = await MembersAsync(pool, cancellationToken).ConfigureAwait(false);
        var outcomes = new List<CandidateOutcome>();
        foreach (var candidate in candidates)
        {
            try
            {
                var shares = (await SharesAsync(pool, members, candidate.Components, cancellationToken).ConfigureAwait(false)).OrderBy(s => s.MunicipalityId).ToList();
                var amounts = new Kernel.Values.Money(pool.PooledCost).Allocate(shares.Select(s => s.Share).ToList());
                outcomes.Add(new CandidateOutcome(candidate.Name, shares.Select((s, i) => new MemberAmount(s.MunicipalityId, s.Share, amounts[i].Euros)).ToList(), null));
            }
            catch (RuleViolationException e)
            {
                outcomes.Add(new CandidateOutcome(candidate.Name, [], e.Message));
            }
        }

        return new KeyComparison(pool, members, outcomes);
    }

    private async Task<IReadOnlyList<KeyShare>> SharesAsync(Pool pool, IReadOnlyList<MemberView> members, IReadOnlyList<KeyComponent> components, CancellationToken cancellationToken)
    {
        var inputs = pool.Inputs.Where(i => components.Any(c => c.Basis == i.Basis)).Select(i => new KeyInput(i.MunicipalityId, i.Basis, i.Value)).ToList();
        if (components.Any(c => c.Basis == KeyBasis.HistoricalCosts))
        {
            inputs.AddRange(await HistoricalCostsAsync(pool, members, cancellationToken).ConfigureAwait(false));
        }

        foreach (var basis in components.Select(c => c.Basis).Where(b => Derivable(b) && inputs.All(i => i.Basis != b)))
        {
            inputs.AddRange(FromPopulation(basis)
                ? await PopulationAsync(pool, basis, cancellationToken).ConfigureAwait(false)
                : await ClientCountsAsync(pool, members, basis, cancellationToken).ConfigureAwait(false));
        }

        return DistributionKey.Compute(members.Select(m => m.MunicipalityId).ToList(), components, inputs);
    }

    private static bool FromPopulation(KeyBasis basis) => basis is KeyBasis.Inhabitants or KeyBasis.InhabitantsAged0To17;

    /// <summary>Bases whose values Regional can find itself when none are entered.</summary>
    private static bool Derivable(KeyBasis basis) => FromPopulation(basis) || basis is KeyBasis.ClientsPreviousYear or KeyBasis.ClientsThreeYearAverage;

    /// <summary>
    /// Clients per member in the pool's product group: distinct client pseudonyms on its costs in the year
    /// before the pool's year, or their average over the three years before.
    /// </summary>
    private async Task<IEnumerable<KeyInput>> ClientCountsAsync(Pool pool, IReadOnlyList<MemberView> members, KeyBasis basis, CancellationToken cancellationToken)
    {
        var years = basis == KeyBasis.ClientsPreviousYear ? 1 : 3;
        var from = new DateOnly(pool.Year - years, 1, 1);
        var to = new DateOnly(pool.Year - 1, 12, 31);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var perYear = await db.CareCosts(from, to)
            .Where(c => c.ProductGroup == pool.ProductGroup && c.ClientRef != null)
            .Select(c => new { Municipality = c.MunicipalityId, c.OccurredOn.Year, c.ClientRef })
            .Distinct()
            .GroupBy(x => x.Municipality)
            .Select(g => new { Municipality = g.Key, Clients = g.Count() })
            .ToDictionaryAsync(x => x.Municipality, x => x.Clients, cancellationToken).ConfigureAwait(false);
        if (perYear.Count == 0)
        {
            throw new RuleViolationException("Components", $"Er zijn geen kosten met cliënten van {pool.ProductGroup} in {from.Year}-{to.Year}; vul de aantallen cliënten zelf in.");
        }

        return members.Select(m => new KeyInput(m.MunicipalityId, basis, (decimal)perYear.GetValueOrDefault(m.MunicipalityId) / years));
    }

    /// <summary>Inhabitants per member on the latest reference date up to 1 January of the pool's year.</summary>
    private async Task<IEnumerable<KeyInput>> PopulationAsync(Pool pool, KeyBasis basis, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var yearStart = new DateOnly(pool.Year, 1, 1);
        var date = await db.PopulationFigures.Where(p => p.ReferenceDate <= yearStart).MaxAsync(p => (DateOnly?)p.ReferenceDate, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("Components", $"Er zijn geen bevolkingscijfers met een peildatum tot en met {yearStart:dd-MM-yyyy}; importeer ze eerst.");
        var figures = await db.PopulationFigures.Where(p => p.ReferenceDate == date).ToListAsync(cancellationToken).ConfigureAwait(false);
        return figures.Select(f => new KeyInput(f.MunicipalityId, basis, basis == KeyBasis.Inhabitants
            ? f.Inhabitants
            : f.InhabitantsAged0To17 ?? throw new RuleViolationException("Components", $"De bevolkingscijfers van {date:dd-MM-yyyy} hebben geen aantallen 0-17 jaar.")));
    }

    /// <summary>Each member's costs of the pool's product group over the three years before the pool's year.</summary>
    private async Task<IEnumerable<KeyInput>> HistoricalCostsAsync(Pool pool, IReadOnlyList<MemberView> members, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var from = new DateOnly(pool.Year - 3, 1, 1);
        var to = new DateOnly(pool.Year - 1, 12, 31);
        var costs = await db.CareCosts(from, to)
            .Where(c => c.ProductGroup == pool.ProductGroup)
            .GroupBy(c => c.MunicipalityId)
            .Select(g => new { Municipality = g.Key, Total = g.Sum(c => c.Amount) })
            .ToDictionaryAsync(x => x.Municipality, x => x.Total, cancellationToken).ConfigureAwait(false);
        return members.Select(m => new KeyInput(m.MunicipalityId, KeyBasis.HistoricalCosts, costs.GetValueOrDefault(m.MunicipalityId)));
    }
}
