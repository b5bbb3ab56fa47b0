using Regional.Kernel.Values;
using Regional.Purchasing.Contracts;

namespace Regional.Purchasing.Facts;

/// <summary>A framework contract: with which provider, for which products, and its term including extensions.</summary>
public sealed record ContractInfo(Guid Id, string Number, Guid ProviderId, DateOnly StartsOn, DateOnly EndsOn, IReadOnlySet<Guid> ProductIds)
{
    public Period Term => new(StartsOn, EndsOn);

    /// <summary>The contract includes the product for the whole period.</summary>
    public bool Covers(Guid productId, Period period) => ProductIds.Contains(productId) && Term.Contains(period);

    internal static ContractInfo Of(Contract contract) =>
        new(contract.Id, contract.Number, contract.ProviderId, contract.StartsOn, contract.EndsOn, contract.Products.Select(p => p.ProductId).ToHashSet());
}
