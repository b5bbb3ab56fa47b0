using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Care.Declarations;

/// <summary>
/// A declaration (iJw/iWmo 323, or a CSV file) as received: one provider, one municipality, one period. Its
/// lines are checked and stored with it in one transaction; the accepted ones are then posted to finance.
/// </summary>
internal sealed class Declaration : RegionOwnedEntity, IMunicipalityOwned
{
    public required Guid MunicipalityId { get; init; }

    public required Guid ProviderId { get; init; }

    public required SocialDomain Domain { get; init; }

    public required DeclarationFormat Format { get; init; }

    /// <summary>The BerichtIdentificatie (for CSV: the declaration number); unique per provider.</summary>
    public required string MessageId { get; init; }

    public required DateOnly MessageDated { get; init; }

    /// <summary>The DeclaratieNummer; unique per provider.</summary>
    public required string Number { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    /// <summary>What the message declares in all (debit minus credit), in euros.</summary>
    public required decimal TotalDeclared { get; set; }

    public decimal TotalAccepted { get; set; }

    public int LineCount { get; set; }

    public int AcceptedCount { get; set; }

    /// <summary>SHA-256 of the file: a replay must be the same file to get the same answer.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The XSD versions the sender used, echoed in the answer (XsdVersieDeclaratie).</summary>
    public string? BasisschemaVersion { get; init; }

    public string? MessageXsdVersion { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string ReceivedBy { get; init; }

    /// <summary>The region's deadline for this period, and whether the declaration came after it.</summary>
    public required DateOnly Deadline { get; init; }

    public required bool Late { get; init; }

    /// <summary>The answer (325) is due within ten working days of receipt.</summary>
    public required DateOnly AnswerDueOn { get; init; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>When every accepted line was posted to finance; null while posting is still to complete.</summary>
    public DateTimeOffset? PostedAt { get; set; }

    public int RejectedCount => LineCount - AcceptedCount;
}

internal enum DeclarationFormat
{
    Istandaard,
    Csv,
}
