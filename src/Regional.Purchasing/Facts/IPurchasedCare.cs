using Regional.Kernel.Tenancy;

namespace Regional.Purchasing.Facts;

/// <summary>
/// What the region has bought, as the other modules read it: its products, the providers it deals with, their framework
/// contracts and the tariffs. Read-only copies; Purchasing's own entities and services stay inside it.
/// </summary>
public interface IPurchasedCare
{
    Task<IReadOnlyList<ProductInfo>> ProductsAsync(CancellationToken cancellationToken = default);

    Task<ProductInfo?> ProductAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The product by the region's own code (case and spaces ignored).</summary>
    Task<ProductInfo?> ProductAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>The product a message names by its domain, category and product code (iJw/iWmo), if the region has one.</summary>
    Task<ProductInfo?> NationalProductAsync(SocialDomain domain, string category, string code, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ProviderInfo>> ProvidersAsync(CancellationToken cancellationToken = default);

    Task<ProviderInfo?> ProviderAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The provider a message names by its AGB code, if the region has it.</summary>
    Task<ProviderInfo?> ProviderAsync(string agbCode, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContractInfo>> ContractsAsync(CancellationToken cancellationToken = default);

    Task<ContractInfo?> ContractAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TariffInfo>> TariffsAsync(CancellationToken cancellationToken = default);

    /// <summary>The tariff in force for a product on a day: the contract's exception if it has one, else the regional tariff.</summary>
    Task<TariffInfo?> TariffOnAsync(Guid productId, DateOnly day, Guid? contractId, CancellationToken cancellationToken = default);
}
