using Regional.Kernel.Persistence;
using Regional.Kernel.Values;

namespace Regional.Purchasing.Tariffs;

/// <summary>
/// The price of one unit of a product during one period: the regional tariff (no contract), or a
/// visible exception for one contract. How it was set is kept with it, so every tariff is explainable.
/// </summary>
internal sealed class Tariff : RegionOwnedEntity, ITariffTerms
{
    public required Guid ProductId { get; init; }

    /// <summary>Null for the regional tariff; set for an exception that holds in one contract only.</summary>
    public Guid? ContractId { get; init; }

    public required DateOnly ValidFrom { get; init; }

    public required DateOnly ValidTo { get; init; }

    /// <summary>Euros per unit, in whole cents.</summary>
    public required decimal Amount { get; init; }

    // The cost-price calculation it came from, if any (reële prijs); stored flat, read as CostPrice.
    public decimal? PersonnelCostPerFte { get; init; }

    public decimal? ProductiveHoursPerFte { get; init; }

    public decimal? OtherCostsPerUnit { get; init; }

    public decimal? OverheadPercentage { get; init; }

    public decimal? RiskPercentage { get; init; }

    public CostPrice? CostPrice =>
        PersonnelCostPerFte is { } personnel && ProductiveHoursPerFte is { } hours
            ? new CostPrice(personnel, hours, OtherCostsPerUnit ?? 0, OverheadPercentage ?? 0, RiskPercentage ?? 0)
            : null;

    /// <summary>The tariff it was indexed from, and by how much.</summary>
    public Guid? IndexedFromId { get; init; }

    public decimal? IndexationPercentage { get; init; }

    public Period Period => new(ValidFrom, ValidTo);
}
