using Regional.Kernel.Tenancy;

namespace Regional.Finance.Ledger;

/// <summary>
/// A care cost of a municipality's client as the ledger holds it: one own or pooled posting with the day it
/// occurred. Built by member initialisation, so queries can go on filtering and grouping on it in SQL.
/// </summary>
internal sealed class CareCost
{
    public required Guid MunicipalityId { get; init; }

    public string? ProductGroup { get; init; }

    public SocialDomain? Domain { get; init; }

    public required DateOnly OccurredOn { get; init; }

    public required decimal Amount { get; init; }
}
