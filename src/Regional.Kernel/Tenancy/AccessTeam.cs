using Regional.Kernel.Persistence;

namespace Regional.Kernel.Tenancy;

/// <summary>
/// A municipality's access point (toegang, e.g. a wijkteam) for a domain: where clients are
/// indicated and beschikkingen are issued. Owned by one municipality within its region.
/// </summary>
public sealed class AccessTeam : RegionOwnedEntity, IMunicipalityOwned
{
    public required Guid MunicipalityId { get; init; }

    public required SocialDomain Domain { get; init; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
