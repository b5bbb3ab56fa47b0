using Regional.Finance.Ledger;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;
using Regional.Purchasing.Solidarity;

namespace Regional.Finance.Owners;

/// <summary>A checked cost on its way to its owner's grain, with where the intake routed it.</summary>
[GenerateSerializer, Immutable, Alias("regional.cost")]
internal sealed record CostToPost(
    [property: Id(0)] Guid MunicipalityId,
    [property: Id(1)] CostRoute Route,
    [property: Id(2)] DateOnly Day,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] string IdempotencyKey,
    [property: Id(5)] string? ClientRef,
    [property: Id(6)] string RecordedBy,
    [property: Id(7)] IReadOnlyList<ClientPart>? Clients = null)
{
    /// <summary>What the ledger posts: a part per client, or the whole cost on its one client (or none).</summary>
    public IReadOnlyList<ClientPart> Parts => Clients ?? [new ClientPart(ClientRef, Amount)];
}

/// <summary>One client's part of a cost (the client a pseudonym, or none).</summary>
[GenerateSerializer, Immutable, Alias("regional.client-part")]
internal sealed record ClientPart([property: Id(0)] string? ClientRef, [property: Id(1)] decimal Amount);

/// <summary>
/// The cost's product and the pooling rule in force for it, as the intake read them: the owner posts by these, so the
/// grain that owns the cost and the way it is split follow from one reading of the solidarity decision.
/// </summary>
[GenerateSerializer, Immutable, Alias("regional.cost-route")]
internal sealed record CostRoute(
    [property: Id(0)] string ProductCode,
    [property: Id(1)] string ProductGroup,
    [property: Id(2)] SocialDomain Domain,
    [property: Id(3)] PoolingRule? Pooling);

/// <summary>A solidarity decision that pools (full, partial or above a threshold), reduced to what splitting a cost needs.</summary>
[GenerateSerializer, Immutable, Alias("regional.pooling-rule")]
internal sealed record PoolingRule(
    [property: Id(0)] SolidarityArrangement Arrangement,
    [property: Id(1)] int Year,
    [property: Id(2)] decimal? Fraction,
    [property: Id(3)] decimal? ThresholdAmount,
    [property: Id(4)] ThresholdBasis? ThresholdBasis)
{
    public static PoolingRule? Of(SolidarityTerms? decision) =>
        decision is null || decision.Arrangement == SolidarityArrangement.None
            ? null
            : new PoolingRule(decision.Arrangement, decision.Year, decision.Fraction, decision.ThresholdAmount, decision.ThresholdBasis);
}

/// <summary>What became of one cost: its outcome, or why it was refused (the field and the Dutch message).</summary>
[GenerateSerializer, Immutable, Alias("regional.cost-result")]
internal sealed record CostResult([property: Id(0)] CostOutcome Outcome, [property: Id(1)] string? Field = null, [property: Id(2)] string? Problem = null);

/// <summary>A budget account as its grain holds it: the municipality's costs (own and pooled clients') per month, and what assignments commit.</summary>
[GenerateSerializer, Immutable, Alias("regional.budget-account")]
internal sealed record BudgetAccount([property: Id(0)] decimal[] ActualPerMonth, [property: Id(1)] decimal Committed);


/// <summary>
/// A member's expected settlement of a pool as things stand: its key share of the pooled cost, what it bore, and what
/// it would pay (positive) or receive (negative); or why there is none yet.
/// </summary>
[GenerateSerializer, Immutable, Alias("regional.pool-expectation")]
internal sealed record PoolExpectation(
    [property: Id(0)] decimal PooledCost,
    [property: Id(1)] decimal? Share,
    [property: Id(2)] decimal? Obligation,
    [property: Id(3)] decimal? Borne,
    [property: Id(4)] decimal? Amount,
    [property: Id(5)] string? Problem)
{
    internal static PoolExpectation Of(decimal pooledCost, Settlements.SettlementLine line) =>
        new(pooledCost, line.Share, line.Obligation.Euros, line.Borne.Euros, line.Amount.Euros, null);

    internal static PoolExpectation Without(decimal pooledCost, string problem) => new(pooledCost, null, null, null, null, problem);
}

/// <summary>
/// What became of a movement a grain was asked to post: done (with each member's amount, where it splits one), or the
/// rule it broke (the field and the Dutch message).
/// </summary>
[GenerateSerializer, Immutable, Alias("regional.movement-result")]
internal sealed record MovementResult(
    [property: Id(0)] string? Field = null,
    [property: Id(1)] string? Problem = null,
    [property: Id(2)] IReadOnlyDictionary<Guid, decimal>? Amounts = null)
{
    public static MovementResult Done { get; } = new();

    /// <summary>Throws the broken rule on the caller's side (exceptions do not keep their fields across silos).</summary>
    public void ThrowIfRefused()
    {
        if (Problem is not null)
        {
            throw new Kernel.Security.RuleViolationException(Field ?? "", Problem);
        }
    }
}
