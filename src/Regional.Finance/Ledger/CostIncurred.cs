using Regional.Kernel.Values;

namespace Regional.Finance.Ledger;

/// <summary>
/// Care delivered for a municipality's clients, as finance receives it: one journal entry. A declaration books one per
/// product, with <paramref name="Clients"/> saying how much of it was each client's (a posting per client, so thresholds
/// per client and client counts still hold); a single cost names at most one client.
/// </summary>
/// <param name="SourceKey">The cause, unique in the region (e.g. the declaration and product): a replay posts nothing.</param>
/// <param name="ClientRef">A pseudonym of the client (never the BSN), needed where a pool shares costs above a threshold per client.</param>
/// <param name="Clients">The amount split per client (pseudonyms); the parts add up to <paramref name="Amount"/>. Null: one client or none.</param>
public sealed record CostIncurred(
    Guid MunicipalityId, Guid ProductId, DateOnly Day, Money Amount, string SourceKey, string? ClientRef = null, IReadOnlyList<ClientAmount>? Clients = null);

/// <summary>One client's part of a cost.</summary>
public sealed record ClientAmount(string ClientRef, Money Amount);

public enum CostOutcome
{
    Posted,
    AlreadyPosted,

    /// <summary>A cost of € 0,00 (a declaration line of nothing): accepted, nothing booked.</summary>
    NothingToBook,

    /// <summary>The cost breaks a rule; <see cref="CostRecorded.Problem"/> says which. Its neighbours are not affected.</summary>
    Refused,
}

/// <summary>What became of one cost of a call: its outcome and, when refused, the field and the reason (Dutch).</summary>
public sealed record CostRecorded(CostOutcome Outcome, string? Field = null, string? Problem = null);

/// <summary>
/// The one way costs enter finance. Whether a cost lands on the municipality's own account or in a pool
/// follows the solidarity decision in force; either way its owner's grain posts it. Each cost is posted
/// exactly once per source key.
/// </summary>
public interface ICostIntake
{
    /// <summary>Records one cost; a refused cost throws a <see cref="Kernel.Security.RuleViolationException"/> naming the field.</summary>
    Task<CostOutcome> RecordAsync(CostIncurred cost, CancellationToken cancellationToken = default);

    /// <summary>Records many costs (a declaration message); each outcome at the position of its cost, a refused one failing alone.</summary>
    Task<IReadOnlyList<CostRecorded>> RecordAllAsync(IReadOnlyList<CostIncurred> costs, CancellationToken cancellationToken = default);
}
