using Regional.Kernel.Tenancy;
using Regional.Kernel.Auditing;
using Regional.Kernel.Persistence;

namespace Regional.Care.Declarations;

/// <summary>
/// One prestatie of a declaration with the outcome of its checks. The client is kept as the keyed hash (to
/// match the assignment) and its mask; the encrypted number only on rejected lines, which the answer (325)
/// must name. Written in bulk with its declaration, never changed afterwards.
/// </summary>
internal sealed class DeclarationLine : IMunicipalityOwned
{
    public Guid RegionId { get; set; }

    public required Guid MunicipalityId { get; init; }

    public required Guid DeclarationId { get; init; }

    /// <summary>Order in the file, from 1.</summary>
    public required int Position { get; init; }

    public required Guid ProviderId { get; init; }

    /// <summary>The message standard's domain (JW323 or WMO323): a reference number is unique per standard and provider.</summary>
    public required SocialDomain Domain { get; init; }

    [Sensitive]
    public required string ClientHash { get; init; }

    public required string ClientMasked { get; init; }

    [Sensitive]
    public string? ClientCipher { get; init; }

    /// <summary>The provider's ReferentieNummer, and for a credit the VorigReferentieNummer of the line it reverses.</summary>
    public required string Reference { get; init; }

    public string? PreviousReference { get; init; }

    public required bool Credit { get; init; }

    public required string AssignmentNumber { get; init; }

    public Guid? AssignmentId { get; init; }

    public Guid? ProductId { get; init; }

    public Guid? ContractId { get; init; }

    public required string Category { get; init; }

    public required string ProductCode { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required decimal Volume { get; init; }

    /// <summary>The eenheid code (WJ756), e.g. 04 uur.</summary>
    public required string Unit { get; init; }

    public decimal? Tariff { get; init; }

    /// <summary>The amount as declared, always positive; <see cref="Credit"/> says which way.</summary>
    public required decimal Amount { get; init; }

    public required bool Accepted { get; init; }

    /// <summary>The retourcodes of a rejected line; empty when accepted.</summary>
    public required string[] RetourCodes { get; init; }

    public decimal SignedAmount => Credit ? -Amount : Amount;
}
