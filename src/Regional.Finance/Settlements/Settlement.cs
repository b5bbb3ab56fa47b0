using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Settlements;

/// <summary>
/// A settlement run of a pool: drafted (computed and explainable), approved by a second person,
/// posted to the ledger. A posted settlement never changes; later costs go into a correction run.
/// </summary>
internal sealed class Settlement : RegionOwnedEntity
{
    public required Guid PoolId { get; init; }

    public SettlementStatus Status { get; set; } = SettlementStatus.Draft;

    /// <summary>SHA-256 of the inputs (pooled cost, key, borne, earlier settlements): same inputs, same hash, same lines.</summary>
    public required string InputsHash { get; init; }

    public required decimal PooledCost { get; init; }

    /// <summary>The number of settlements of this pool posted before: 0 for the first, then corrections.</summary>
    public required int Sequence { get; init; }

    public required string DraftedBy { get; init; }

    public DateTimeOffset DraftedAt { get; init; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public DateTimeOffset? PostedAt { get; set; }

    public List<SettlementLineRow> Lines { get; init; } = [];
}

internal enum SettlementStatus
{
    [Display(Name = "Concept")]
    Draft,
    [Display(Name = "Goedgekeurd")]
    Approved,
    [Display(Name = "Geboekt")]
    Posted,
}

/// <summary>A settlement line as stored; owned by its municipality (a municipality user sees only its own).</summary>
internal sealed class SettlementLineRow : RegionOwnedEntity, IMunicipalityOwned
{
    public Guid SettlementId { get; init; }

    public required Guid MunicipalityId { get; init; }

    public required decimal Share { get; init; }

    public required decimal Obligation { get; init; }

    public required decimal Borne { get; init; }

    /// <summary>What earlier posted settlements of the pool already settled for this municipality.</summary>
    public required decimal PreviouslySettled { get; init; }

    /// <summary>Pays (positive) or receives (negative) in this run.</summary>
    public required decimal Amount { get; init; }
}
