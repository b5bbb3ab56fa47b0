using Regional.Kernel.Persistence;

namespace Regional.Finance.Ledger;

/// <summary>
/// A client who had care costs of a product group in a year, in one municipality: what keys by number of clients
/// count. One row however many costs, so the ledger's postings need not carry every client (they name a client only
/// where a per-client threshold must find its running total again; a declaration's clients are in its lines).
/// </summary>
internal sealed class CostClient : IRegionOwned
{
    public Guid RegionId { get; set; }

    public required string ProductGroup { get; init; }

    public required int Year { get; init; }

    public required Guid MunicipalityId { get; init; }

    /// <summary>A pseudonym of the client (never the BSN).</summary>
    public required string ClientRef { get; init; }
}
