using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Ledger;

/// <summary>
/// What one client's care of a product group cost in a year, in one municipality: the client sub-ledger. Keys by number
/// of clients count its rows, and a per-client threshold reads the client's running total here, which holds every cost
/// of the year, also those booked before the threshold was decided. One row however many costs, so the ledger's
/// postings need not carry every client (a declaration's clients are in its lines).
/// </summary>
internal sealed class CostClient : IRegionOwned
{
    public Guid RegionId { get; set; }

    public required string ProductGroup { get; init; }

    public required SocialDomain Domain { get; init; }

    public required int Year { get; init; }

    public required Guid MunicipalityId { get; init; }

    /// <summary>A pseudonym of the client (never the BSN).</summary>
    public required string ClientRef { get; init; }

    /// <summary>The client's costs so far, credits subtracted; kept by the database with every cost.</summary>
    public decimal Amount { get; init; }
}
