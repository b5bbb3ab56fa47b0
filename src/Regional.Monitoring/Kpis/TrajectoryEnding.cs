using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Kpis;

/// <summary>
/// A client's trajectory as it ended under a contract, as providers report it: the national outcome
/// codes and, where measured, the ZRM scores (13 domains, 1-5) at the start and at the end. The client is
/// a pseudonym, never a BSN. Derived KPIs are computed from these.
/// </summary>
internal sealed class TrajectoryEnding : RegionOwnedEntity
{
    public required Guid ContractId { get; init; }

    public required string ClientRef { get; init; }

    public required DateOnly StartedOn { get; init; }

    public required DateOnly EndedOn { get; init; }

    /// <summary>Reden beëindiging: 01 as planned, 02 early by agreement, 03 early by the client, 04 early by the provider, 05 external.</summary>
    public required string EndingReason { get; init; }

    /// <summary>Doelrealisatie 3.1, continuing without help: 01 same or heavier help, 02 lighter, 03 none now but later, 04 none.</summary>
    public string? Continuation { get; init; }

    public int[]? ZrmAtStart { get; init; }

    public int[]? ZrmAtEnd { get; init; }
}
