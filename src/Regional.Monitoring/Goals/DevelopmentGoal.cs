using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Goals;

/// <summary>
/// An ontwikkeldoel: what the region and its providers agreed to work out together, by a deadline, with
/// an owner; general, or for one product group (section 5.3 of the Kop van Noord-Holland's plan).
/// </summary>
internal sealed class DevelopmentGoal : RegionOwnedEntity
{
    /// <summary>The goal's number within its group, e.g. "Ontwikkeldoel 2" or "Begeleiding 1".</summary>
    public required string Reference { get; init; }

    /// <summary>Null for a general goal (all products).</summary>
    public string? ProductGroup { get; init; }

    public required string Title { get; set; }

    public string? Explanation { get; set; }

    public required DateOnly Deadline { get; set; }

    public required string Owner { get; set; }

    public GoalStatus Status { get; set; }

    /// <summary>How the status stands, in the owner's words.</summary>
    public string? Progress { get; set; }
}

internal enum GoalStatus
{
    [Display(Name = "Nog niet gestart")]
    NotStarted,
    [Display(Name = "Loopt")]
    InProgress,
    [Display(Name = "Bereikt")]
    Achieved,
    [Display(Name = "Vervallen")]
    Dropped,
}
