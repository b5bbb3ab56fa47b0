using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Kpis;

/// <summary>A KPI's value for a contract over a period (a quarter, half year or year), entered, uploaded or derived.</summary>
internal sealed class KpiMeasurement : RegionOwnedEntity
{
    public required Guid ContractId { get; init; }

    public required string KpiCode { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required decimal Value { get; init; }

    public required KpiSource Source { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}

/// <summary>The agreed target of a KPI in a contract.</summary>
internal sealed class KpiTarget : RegionOwnedEntity
{
    public required Guid ContractId { get; init; }

    public required string KpiCode { get; init; }

    public required decimal Target { get; set; }
}

internal enum KpiSource
{
    [Display(Name = "ingevoerd")]
    Entered,
    [Display(Name = "geüpload")]
    Uploaded,
    [Display(Name = "afgeleid")]
    Derived,
}
