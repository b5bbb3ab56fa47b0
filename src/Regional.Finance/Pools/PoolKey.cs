using Regional.Finance.Keys;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Pools;

/// <summary>A pool's members and its key: each member's share and how it was computed.</summary>
internal sealed record PoolKey(Pool Pool, IReadOnlyList<MemberView> Members, IReadOnlyList<KeyShare> Shares);

/// <summary>A key to compare, e.g. "inwoners" or "50% inwoners 0-17 + 50% cliënten".</summary>
internal sealed record CandidateKey(string Name, IReadOnlyList<KeyComponent> Components);

internal sealed record MemberAmount(Guid MunicipalityId, decimal Share, decimal Amount);

/// <summary>One candidate's outcome: per member its share and amount, or why it cannot be computed.</summary>
internal sealed record CandidateOutcome(string Name, IReadOnlyList<MemberAmount> Members, string? Problem);

internal sealed record KeyComparison(Pool Pool, IReadOnlyList<MemberView> Members, IReadOnlyList<CandidateOutcome> Candidates);
