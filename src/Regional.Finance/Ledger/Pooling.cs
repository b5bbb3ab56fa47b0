using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Finance.Owners;
using Regional.Purchasing.Solidarity;

namespace Regional.Finance.Ledger;

/// <summary>How much of a cost a solidarity decision puts in the pool; the rest stays the municipality's own.</summary>
internal static class Pooling
{
    /// <param name="before">For a threshold: the costs of the group and year already on the municipality or client.</param>
    public static Money PooledPart(PoolingRule? rule, Money amount, Money before) =>
        rule?.Arrangement switch
        {
            null or SolidarityArrangement.None => Money.Zero,
            SolidarityArrangement.Full => amount,
            SolidarityArrangement.Partial => new Money(decimal.Round(amount.Euros * rule.Fraction!.Value, 2, MidpointRounding.ToEven)),
            SolidarityArrangement.AboveThreshold => Above(before + amount, rule) - Above(before, rule),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Arrangement, "Unknown arrangement."),
        };

    /// <summary>Whose running total a threshold counts: the client's, or the municipality's.</summary>
    public static string? ThresholdHolder(PoolingRule? rule, Guid municipalityId, string? clientRef) =>
        rule is not { Arrangement: SolidarityArrangement.AboveThreshold }
            ? null
            : rule.ThresholdBasis == ThresholdBasis.PerClient
                ? clientRef ?? throw new RuleViolationException(
                    "ClientRef", $"In {rule.Year} geldt voor dit product een drempel per cliënt: de kostenpost moet de cliënt noemen.")
                : municipalityId.ToString();

    private static Money Above(Money total, PoolingRule rule)
    {
        var threshold = new Money(rule.ThresholdAmount!.Value);
        return total > threshold ? total - threshold : Money.Zero;
    }
}
