using Regional.Finance.Keys;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Pools;

/// <summary>A pool's members and its key: each member's share and how it was computed.</summary>
public sealed record PoolKey(Pool Pool, IReadOnlyList<MemberView> Members, IReadOnlyList<KeyShare> Shares);

/// <summary>A key to compare, e.g. "inwoners" or "50% inwoners 0-17 + 50% cliënten".</summary>
public sealed record CandidateKey(string Name, IReadOnlyList<KeyComponent> Components);

public sealed record MemberAmount(Guid MunicipalityId, decimal Share, decimal Amount);

/// <summary>One candidate's outcome: per member its share and amount, or why it cannot be computed.</summary>
public sealed record CandidateOutcome(string Name, IReadOnlyList<MemberAmount> Members, string? Problem);

public sealed record KeyComparison(Pool Pool, IReadOnlyList<MemberView> Members, IReadOnlyList<CandidateOutcome> Candidates);
