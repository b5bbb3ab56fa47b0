using Regional.Kernel.Values;
using Regional.Kernel.Persistence;

namespace Regional.Kernel.Tenancy;

/// <summary>
/// A municipality takes part in a region for one domain during a period; for other domains it may
/// buy on its own (e.g. Jeugd through the region, Wmo alone).
/// </summary>
public sealed class RegionMembership : RegionOwnedEntity
{
    public required Guid MunicipalityId { get; init; }

    public required SocialDomain Domain { get; init; }

    public required DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public Period Period => new(ValidFrom, ValidTo);
}
