using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Solidarity;

/// <summary>
/// The region's decision, per product group (or single product) and year, on whether its members
/// share the costs (financiële solidariteit) and by which distribution key. A later decision for the
/// same group and year supersedes an earlier one; both are kept.
/// </summary>
internal sealed class SolidarityDecision : RegionOwnedEntity
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
    [Display(Name = "Geen (eigen cliënten)")]
    None,

    /// <summary>All costs pooled.</summary>
    [Display(Name = "Volledig gedeeld")]
    Full,

    /// <summary>A fraction of the costs pooled, the rest paid by the client's municipality.</summary>
    [Display(Name = "Gedeeltelijk gedeeld")]
    Partial,

    /// <summary>Costs above a threshold (per client or per municipality) pooled.</summary>
    [Display(Name = "Gedeeld boven drempel")]
    AboveThreshold,
}

public enum ThresholdBasis
{
    [Display(Name = "per cliënt")]
    PerClient,
    [Display(Name = "per gemeente")]
    PerMunicipality,
}

public enum DistributionKeyKind
{
    [Display(Name = "Vaste percentages")]
    FixedPercentages,
    [Display(Name = "Inwoners")]
    Inhabitants,
    [Display(Name = "Inwoners 0-17 jaar")]
    InhabitantsAged0To17,
    [Display(Name = "Historisch kostenaandeel")]
    HistoricalCosts,
    [Display(Name = "Cliënten vorig jaar")]
    ClientsPreviousYear,
    [Display(Name = "Cliënten (3-jaarsgemiddelde)")]
    ClientsThreeYearAverage,
    [Display(Name = "Gewogen mix")]
    Mixed,
}
