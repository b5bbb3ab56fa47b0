using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Reports;

/// <summary>A report a provider owes under a contract, and once received, the file and its prognosis.</summary>
internal sealed class ContractReport : RegionOwnedEntity
{
    public required Guid ContractId { get; init; }

    public required ReportKind Kind { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required DateOnly DueOn { get; init; }

    public bool NeedsAuditorsReport { get; init; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public byte[]? Content { get; set; }

    /// <summary>The provider's turnover under the contract so far this year, as the management report states it.</summary>
    public decimal? Realised { get; set; }

    /// <summary>The provider's expected turnover for the rest of the year (management reports).</summary>
    public decimal? Prognosis { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public string? ReceivedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public ReportStatus StatusOn(DateOnly today) =>
        ReviewedAt is not null ? ReportStatus.Reviewed
        : ReceivedAt is not null ? ReportStatus.Received
        : today > DueOn ? ReportStatus.Late
        : ReportStatus.Due;
}

internal enum ReportStatus
{
    [Display(Name = "Te verwachten")]
    Due,
    [Display(Name = "Te laat")]
    Late,
    [Display(Name = "Ontvangen")]
    Received,
    [Display(Name = "Beoordeeld")]
    Reviewed,
}

/// <summary>The provider's expected annual turnover under a contract for a year: it sets the report schedule.</summary>
internal sealed class ReportingPlan : RegionOwnedEntity
{
    public required Guid ContractId { get; init; }

    public required int Year { get; init; }

    public required decimal ExpectedTurnover { get; set; }
}

/// <summary>The region's own thresholds for the report schedule, when they differ from the defaults.</summary>
internal sealed class ReportingSettings : RegionOwnedEntity
{
    public required decimal HalfYearlyBelow { get; set; }

    public required decimal AuditorAbove { get; set; }
}
