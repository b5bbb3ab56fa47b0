namespace Regional.Finance.Ledger;

/// <summary>The postings a batch wrote, and the PostgreSQL transaction that committed them (0 when nothing was written).</summary>
internal sealed record WrittenBatch(IReadOnlyList<Posting> Postings, ulong Transaction);
