using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Procedures;

/// <summary>A provider's application to a procedure, its assessment per requirement, and the decision.</summary>
internal sealed class Admission : RegionOwnedEntity
{
    public required Guid ProcedureId { get; init; }

    public required Guid ProviderId { get; init; }

    public required DateOnly AppliedOn { get; init; }

    public AdmissionDecision Decision { get; set; } = AdmissionDecision.Pending;

    public DateOnly? DecidedOn { get; set; }

    /// <summary>User name of who decided, kept with the decision itself (and in the audit log).</summary>
    public string? DecidedBy { get; set; }

    public string? DecisionNote { get; set; }

    public List<Assessment> Assessments { get; init; } = [];
}

internal enum AdmissionDecision
{
    [Display(Name = "In behandeling")]
    Pending,
    [Display(Name = "Toegelaten")]
    Admitted,
    [Display(Name = "Afgewezen")]
    Rejected,
}

/// <summary>Whether one requirement is met by the applicant, and the evidence for it.</summary>
internal sealed class Assessment : RegionOwnedEntity
{
    public Guid AdmissionId { get; init; }

    public required Guid RequirementId { get; init; }

    public bool Met { get; set; }

    public string? Evidence { get; set; }
}
