using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Commitments;

/// <summary>
/// What a municipality has committed itself to in a year by an assignment (volume x tariff over the period),
/// per domain: budget that is spoken for before any care is declared. One per cause and year.
/// </summary>
internal sealed class Commitment : RegionOwnedEntity, IMunicipalityOwned
{
    public required Guid MunicipalityId { get; init; }

    public required SocialDomain Domain { get; init; }

    public required int Year { get; init; }

    public required decimal Amount { get; init; }

    /// <summary>The cause, e.g. the assignment: committing it again changes nothing.</summary>
    public required string SourceKey { get; init; }
}
