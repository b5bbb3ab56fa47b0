using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Purchasing.Procedures;

/// <summary>
/// A procurement procedure. Open house: every provider that meets the requirements and accepts the
/// terms is admitted, at any time while admission is open; a tender admits once.
/// </summary>
internal sealed class Procedure : RegionOwnedEntity
{
    public required string Name { get; set; }

    public required ProcedureKind Kind { get; init; }

    public required SocialDomain Domain { get; init; }

    /// <summary>First day contracts from this procedure may start.</summary>
    public required DateOnly StartsOn { get; init; }

    /// <summary>Last day contracts from this procedure may run (with extensions); null: open-ended.</summary>
    public DateOnly? EndsOn { get; set; }

    public AdmissionStatus Admission { get; set; } = AdmissionStatus.Open;

    public List<ProcedureProduct> Products { get; init; } = [];

    public List<Requirement> Requirements { get; init; } = [];
}

internal enum ProcedureKind
{
    [Display(Name = "Open house (doorlopende toelating)")]
    OpenHouse,
    [Display(Name = "Aanbesteding")]
    Tender,
}

/// <summary>Whether applications are taken: open-house admission can be suspended and reopened.</summary>
internal enum AdmissionStatus
{
    [Display(Name = "Toelating open")]
    Open,
    [Display(Name = "Toelating opgeschort")]
    Suspended,
    [Display(Name = "Gesloten")]
    Closed,
}

/// <summary>A product within the scope of a procedure.</summary>
internal sealed class ProcedureProduct : RegionOwnedEntity
{
    public Guid ProcedureId { get; init; }

    public required Guid ProductId { get; init; }
}

/// <summary>An admission requirement at organisation, process or product level.</summary>
internal sealed class Requirement : RegionOwnedEntity
{
    public Guid ProcedureId { get; init; }

    public required RequirementLevel Level { get; init; }

    public required string Text { get; set; }

    public bool Mandatory { get; set; } = true;
}

internal enum RequirementLevel
{
    [Display(Name = "Organisatie")]
    Organisation,
    [Display(Name = "Proces")]
    Process,
    [Display(Name = "Product")]
    Product,
}
