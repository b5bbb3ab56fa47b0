using Regional.Finance.Keys;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Solidarity;

namespace Regional.Finance.Pools;

/// <summary>
/// A solidarity pool: the shared costs of one product group in one year, under the arrangement the
/// region decided, shared by a distribution key. Its balance is kept current with every posting.
/// </summary>
internal sealed class Pool : RegionOwnedEntity
{
    public required string ProductGroup { get; init; }

    public required int Year { get; init; }

    public required SocialDomain Domain { get; init; }

    public required SolidarityArrangement Arrangement { get; init; }

    public decimal? Fraction { get; init; }

    /// <summary>Total pooled cost so far; equals the sum of the pool's cost postings (reconciled by a health check).</summary>
    public decimal PooledCost { get; set; }

    /// <summary>How members bear the costs during the year: by paying their own clients' costs, or by advances on the key.</summary>
    public PoolFunding Funding { get; set; } = PoolFunding.OwnClients;

    public List<PoolKeyComponent> Components { get; init; } = [];

    public List<PoolKeyInput> Inputs { get; init; } = [];

    public string Name => $"{ProductGroup} {Year}";
}

/// <summary>What a settlement subtracts from each member's obligation.</summary>
internal enum PoolFunding
{
    /// <summary>Each member paid its own clients' pooled costs.</summary>
    OwnClients,

    /// <summary>Each member paid advances (voorschotten) on the key from the pool's budget.</summary>
    Advances,
}

internal sealed class PoolKeyComponent : RegionOwnedEntity
{
    public Guid PoolId { get; init; }

    public required KeyBasis Basis { get; init; }

    public required decimal Weight { get; init; }
}

internal sealed class PoolKeyInput : RegionOwnedEntity
{
    public Guid PoolId { get; init; }

    public required Guid MunicipalityId { get; init; }

    public required KeyBasis Basis { get; init; }

    public required decimal Value { get; set; }
}
