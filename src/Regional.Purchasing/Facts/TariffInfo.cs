using Regional.Purchasing.Tariffs;

namespace Regional.Purchasing.Facts;

/// <summary>The price of one unit of a product in a period: the regional tariff, or an exception for one contract.</summary>
/// <param name="Amount">Euros per unit, in whole cents.</param>
public sealed record TariffInfo(Guid Id, Guid ProductId, Guid? ContractId, DateOnly ValidFrom, DateOnly ValidTo, decimal Amount) : ITariffTerms
{
    /// <summary>The tariff in force for a product on a day: the contract's exception if it has one, else the regional tariff.</summary>
    public static TariffInfo? InForce(IEnumerable<TariffInfo> tariffs, Guid productId, DateOnly day, Guid? contractId) =>
        TariffRules.InForce(tariffs, productId, day, contractId);

    internal static TariffInfo Of(Tariff tariff) => new(tariff.Id, tariff.ProductId, tariff.ContractId, tariff.ValidFrom, tariff.ValidTo, tariff.Amount);
}
