namespace Regional.Finance.Owners;

/// <summary>The one writer of a pool's or a budget account's costs: concurrent callers are posted together, each answered after the commit.</summary>
internal interface IMoneyOwnerGrain : IGrainWithStringKey
{
    [Alias("post")]
    Task<CostResult[]> PostAsync(CostToPost[] costs);

    /// <summary>Something else wrote to the ledger for this owner (a settlement, advances, commitments): read its state again.</summary>
    [Alias("resync")]
    Task ResyncAsync();
}

[Alias("regional.pool")]
internal interface IPoolGrain : IMoneyOwnerGrain
{
    [Alias("expected")]
    Task<PoolExpectation> ExpectedAsync(Guid municipalityId);

    /// <summary>Posts an approved settlement run of this pool, one at a time, for the person who asked.</summary>
    [Alias("post-settlement")]
    Task<MovementResult> PostSettlementAsync(Guid settlementId, string actor);

    /// <summary>Posts the advances of a period, split over the members by the key, for the person who asked.</summary>
    [Alias("post-advances")]
    Task<MovementResult> PostAdvancesAsync(decimal poolBudget, string period, string actor);
}

[Alias("regional.budget")]
internal interface IBudgetGrain : IMoneyOwnerGrain
{
    [Alias("account")]
    Task<BudgetAccount> AccountAsync();

    /// <summary>
    /// A pool's grain posted costs of this municipality's clients (own and pooled parts together) in the given
    /// PostgreSQL transaction; an account that loaded its state after that commit has them already.
    /// </summary>
    [Alias("costs-pooled")]
    Task AddPooledClientsCostsAsync(int month, decimal amount, ulong transaction);

    /// <summary>Books what an assignment commits in this account's year, once per cause.</summary>
    [Alias("commit")]
    Task CommitAsync(string sourceKey, decimal amount);
}
