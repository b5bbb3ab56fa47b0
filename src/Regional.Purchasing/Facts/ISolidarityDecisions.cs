using Regional.Purchasing.Solidarity;

namespace Regional.Purchasing.Facts;

/// <summary>The region's decisions on financial solidarity, as Finance routes costs by them.</summary>
public interface ISolidarityDecisions
{
    /// <summary>The terms in force for a product in a year: a decision for the product itself, else for its group; the latest recorded wins.</summary>
    Task<SolidarityTerms?> InForceAsync(Guid productId, int year, CancellationToken cancellationToken = default);

    /// <summary>Records a decision; an earlier one for the same product or group and year stays, superseded.</summary>
    Task<SolidarityTerms> RecordAsync(NewSolidarityDecision input, CancellationToken cancellationToken = default);
}
