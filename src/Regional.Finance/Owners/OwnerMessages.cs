using Regional.Finance.Ledger;

namespace Regional.Finance.Owners;

/// <summary>A checked cost on its way to its owner's grain.</summary>
[GenerateSerializer, Immutable, Alias("regional.cost")]
internal sealed record CostToPost(
    [property: Id(0)] Guid MunicipalityId,
    [property: Id(1)] Guid ProductId,
    [property: Id(2)] DateOnly Day,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] string IdempotencyKey,
    [property: Id(5)] string? ClientRef,
    [property: Id(6)] string RecordedBy);

/// <summary>What became of one cost: its outcome, or why it was refused (the field and the Dutch message).</summary>
[GenerateSerializer, Immutable, Alias("regional.cost-result")]
internal sealed record CostResult([property: Id(0)] CostOutcome Outcome, [property: Id(1)] string? Field = null, [property: Id(2)] string? Problem = null);

/// <summary>A budget account as its grain holds it: the municipality's costs (own and pooled clients') per month, and what assignments commit.</summary>
[GenerateSerializer, Immutable, Alias("regional.budget-account")]
public sealed record BudgetAccount([property: Id(0)] decimal[] ActualPerMonth, [property: Id(1)] decimal Committed)
{
    public decimal Actual => ActualPerMonth.Sum();
}


/// <summary>
/// A member's expected settlement of a pool as things stand: its key share of the pooled cost, what it bore, and what
/// it would pay (positive) or receive (negative); or why there is none yet.
/// </summary>
[GenerateSerializer, Immutable, Alias("regional.pool-expectation")]
public sealed record PoolExpectation(
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

/// <summary>What became of a movement a grain was asked to post: done, or the rule it broke (the field and the Dutch message).</summary>
[GenerateSerializer, Immutable, Alias("regional.movement-result")]
internal sealed record MovementResult([property: Id(0)] string? Field = null, [property: Id(1)] string? Problem = null)
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
