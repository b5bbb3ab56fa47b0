using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Ledger;

/// <summary>
/// An append-only double-entry journal entry: its postings sum to zero, and its idempotency key (the
/// cause: a declaration line, a settlement) is unique per region, so a retried request never posts twice.
/// </summary>
internal sealed class JournalEntry : RegionOwnedEntity
{
    public required string IdempotencyKey { get; init; }

    public required DateOnly OccurredOn { get; init; }

    public required string Description { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }

    public List<Posting> Postings { get; init; } = [];
}

/// <summary>One line of a journal entry on an account, for a municipality and/or a pool.</summary>
internal sealed class Posting : RegionOwnedEntity
{
    public Guid EntryId { get; init; }

    public required string Account { get; init; }

    public Guid? MunicipalityId { get; init; }

    public Guid? PoolId { get; init; }

    public string? ProductGroup { get; init; }

    /// <summary>The domain of the cost, for budgets per domain.</summary>
    public SocialDomain? Domain { get; init; }

    /// <summary>Debit positive, credit negative; euros in whole cents.</summary>
    public required decimal Amount { get; init; }

    /// <summary>
    /// A pseudonym of the client whose care this cost is (never the BSN), only under a per-client threshold, so that each
    /// pooled euro shows whose care went over it; otherwise a posting sums its entry's clients (see <see cref="CostClient"/>).
    /// </summary>
    public string? ClientRef { get; init; }
}

/// <summary>The ledger's accounts.</summary>
internal static class Accounts
{
    /// <summary>A municipality's own care costs (not shared).</summary>
    public const string OwnCosts = "kosten";

    /// <summary>Costs of a municipality's own clients that are pooled.</summary>
    public const string PooledCosts = "pool-kosten";

    /// <summary>A municipality's advance (voorschot) paid into a pool.</summary>
    public const string Advance = "voorschot";

    /// <summary>What is owed to care providers.</summary>
    public const string Payables = "crediteuren";

    /// <summary>A municipality's settlement with a pool: positive pays, negative receives.</summary>
    public const string Settlement = "verrekening";

    /// <summary>The pool's own clearing account.</summary>
    public const string Pool = "pool";
}
