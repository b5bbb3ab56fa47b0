using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Purchasing.Solidarity;

namespace Regional.Finance.Ledger;

/// <summary>How much of a cost a solidarity decision puts in the pool; the rest stays the municipality's own.</summary>
internal static class Pooling
{
    /// <param name="before">For a threshold: the costs of the group and year already on the municipality or client.</param>
    public static Money PooledPart(SolidarityDecision? decision, Money amount, Money before) =>
        decision?.Arrangement switch
        {
            null or SolidarityArrangement.None => Money.Zero,
            SolidarityArrangement.Full => amount,
            SolidarityArrangement.Partial => new Money(decimal.Round(amount.Euros * decision.Fraction!.Value, 2, MidpointRounding.ToEven)),
            SolidarityArrangement.AboveThreshold => Above(before + amount, decision) - Above(before, decision),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.Arrangement, "Unknown arrangement."),
        };

    /// <summary>Whose running total a threshold counts: the client's, or the municipality's.</summary>
    public static string? ThresholdHolder(SolidarityDecision? decision, Owners.CostToPost cost) =>
        decision is not { Arrangement: SolidarityArrangement.AboveThreshold }
            ? null
            : decision.ThresholdBasis == ThresholdBasis.PerClient
                ? cost.ClientRef ?? throw new RuleViolationException(
                    nameof(cost.ClientRef), $"In {decision.Year} geldt voor dit product een drempel per cliënt: de kostenpost moet de cliënt noemen.")
                : cost.MunicipalityId.ToString();

    private static Money Above(Money total, SolidarityDecision decision)
    {
        var threshold = new Money(decision.ThresholdAmount!.Value);
        return total > threshold ? total - threshold : Money.Zero;
    }
}
