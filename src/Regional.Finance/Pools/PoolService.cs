using Microsoft.EntityFrameworkCore;
using Regional.Finance.Keys;
using Regional.Finance.Owners;
using Regional.Finance.Persistence;
using Regional.Finance.Settlements;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Pools;

/// <summary>Solidarity pools: their key (components and per-member values) and the shares it gives.</summary>
internal sealed class PoolService(FinanceDbContext db, RegionDirectory directory, IGrainFactory grains, TenantContext tenants, ICurrentActor actor)
{
    private readonly KeyBasisValues values = new(db);

    public async Task<IReadOnlyList<Pool>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        // With their keys: a pool is answered whole, and a listing with empty keys would say the pools have none.
        return await WithKeys.OrderByDescending(p => p.Year).ThenBy(p => p.ProductGroup).ToListAsync(cancellationToken).ConfigureAwait(false);
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
    internal async Task SetKeyAsync(Guid poolId, IReadOnlyList<KeyComponent> components, IReadOnlyList<KeyInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(inputs);
        var pool = await FindAsync(poolId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
        var members = (await MembersAsync(pool, cancellationToken).ConfigureAwait(false)).Select(m => m.MunicipalityId).ToList();
        // Historical costs come from the ledger; inhabitants and clients from population figures and the ledger unless entered here.
        var entered = components.Where(c => c.Basis != KeyBasis.HistoricalCosts && !(KeyBasisValues.Derivable(c.Basis) && inputs.All(i => i.Basis != c.Basis))).ToList();
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

    /// <summary>The key as it stands: each member's share, with historical costs taken from the ledger.</summary>
    internal async Task<PoolKey> KeyAsync(Guid poolId, CancellationToken cancellationToken = default)
    {
        var pool = await FindAsync(poolId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
        return await KeyOfAsync(pool, await directory.MembersAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The keys of every pool of a year; a pool whose key cannot be computed comes with the reason instead.</summary>
    internal async Task<IReadOnlyList<(Pool Pool, PoolKey? Key, string? Problem)>> KeysAsync(int year, CancellationToken cancellationToken = default)
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
        return new PoolKey(pool, members, await values.SharesAsync(pool, members, components, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// What each member would bear of the pool's cost under each candidate key (a what-if for the board).
    /// A candidate lacking data (e.g. no population imported) gets its reason instead of shares.
    /// </summary>
    internal async Task<KeyComparison> CompareAsync(Guid poolId, IReadOnlyList<CandidateKey> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var pool = await FindAsync(poolId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
        var members = await MembersAsync(pool, cancellationToken).ConfigureAwait(false);
        var outcomes = new List<CandidateOutcome>();
        foreach (var candidate in candidates)
        {
            try
            {
                var shares = (await values.SharesAsync(pool, members, candidate.Components, cancellationToken).ConfigureAwait(false)).OrderBy(s => s.MunicipalityId).ToList();
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
}
