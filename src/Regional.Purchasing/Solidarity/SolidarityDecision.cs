using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Solidarity;

/// <summary>
/// The region's decision, per product group (or single product) and year, on whether its members
/// share the costs (financiële solidariteit) and by which distribution key. A later decision for the
/// same group and year supersedes an earlier one; both are kept.
/// </summary>
public sealed class SolidarityDecision : RegionOwnedEntity
{
    /// <summary>Product group the decision covers, e.g. "Verblijf Jeugd"; or null when it covers one product.</summary>
    public string? ProductGroup { get; init; }

    public Guid? ProductId { get; init; }

    public required int Year { get; init; }

    public required SolidarityArrangement Arrangement { get; init; }

    /// <summary>For a partial arrangement: the share of the costs pooled (0 &lt; fraction &lt; 1).</summary>
    public decimal? Fraction { get; init; }

    /// <summary>For an above-threshold arrangement: costs above this amount are pooled.</summary>
    public decimal? ThresholdAmount { get; init; }

    public ThresholdBasis? ThresholdBasis { get; init; }

    /// <summary>How pooled costs are shared; none when nothing is pooled.</summary>
    public DistributionKeyKind? DistributionKey { get; init; }

    public required DateOnly DecidedOn { get; init; }

    public required string DecidedBy { get; init; }

    /// <summary>Reference of the decision, e.g. "AB RIGG 2017-12, besluit 4".</summary>
    public required string Reference { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}

public enum SolidarityArrangement
{
    /// <summary>Each municipality pays for its own clients (profijtbeginsel).</summary>
    None,

    /// <summary>All costs pooled.</summary>
    Full,

    /// <summary>A fraction of the costs pooled, the rest paid by the client's municipality.</summary>
    Partial,

    /// <summary>Costs above a threshold (per client or per municipality) pooled.</summary>
    AboveThreshold,
}

public enum ThresholdBasis
{
    PerClient,
    PerMunicipality,
}

public enum DistributionKeyKind
{
    FixedPercentages,
    Inhabitants,
    InhabitantsAged0To17,
    HistoricalCosts,
    ClientsPreviousYear,
    ClientsThreeYearAverage,
    Mixed,
}
