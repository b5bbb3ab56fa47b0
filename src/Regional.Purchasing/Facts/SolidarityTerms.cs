using Regional.Purchasing.Solidarity;

namespace Regional.Purchasing.Facts;

/// <summary>How the costs of a product are shared in a year, by the decision named in <paramref name="Reference"/>.</summary>
/// <param name="Fraction">For a partial arrangement: the share of the costs pooled.</param>
/// <param name="ThresholdAmount">For an above-threshold arrangement: costs above this amount are pooled.</param>
public sealed record SolidarityTerms(
    int Year, SolidarityArrangement Arrangement, decimal? Fraction, decimal? ThresholdAmount, ThresholdBasis? ThresholdBasis, DistributionKeyKind? DistributionKey,
    string Reference)
{
    internal static SolidarityTerms Of(SolidarityDecision decision) =>
        new(decision.Year, decision.Arrangement, decision.Fraction, decision.ThresholdAmount, decision.ThresholdBasis, decision.DistributionKey, decision.Reference);
}
