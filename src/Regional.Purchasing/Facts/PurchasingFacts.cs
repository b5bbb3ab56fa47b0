using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Providers;
using Regional.Purchasing.Solidarity;
using Regional.Purchasing.Tariffs;

namespace Regional.Purchasing.Facts;

/// <summary>Purchasing's face to the other modules: its services' answers, copied into the face's records.</summary>
internal sealed class PurchasingFacts(
    ProductCatalogue catalogue, ProviderRegister providers, ContractService contracts, TariffService tariffs, SolidarityService solidarity)
    : IPurchasedCare, ISolidarityDecisions
{
    public async Task<IReadOnlyList<ProductInfo>> ProductsAsync(CancellationToken cancellationToken = default) =>
        (await catalogue.ListAsync(cancellationToken).ConfigureAwait(false)).Select(ProductInfo.Of).ToList();

    public async Task<ProductInfo?> ProductAsync(Guid id, CancellationToken cancellationToken = default) =>
        await catalogue.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } product ? ProductInfo.Of(product) : null;

    public async Task<ProductInfo?> ProductAsync(string code, CancellationToken cancellationToken = default) =>
        await catalogue.FindByCodeAsync(code, cancellationToken).ConfigureAwait(false) is { } product ? ProductInfo.Of(product) : null;

    public async Task<ProductInfo?> NationalProductAsync(SocialDomain domain, string category, string code, CancellationToken cancellationToken = default) =>
        await catalogue.FindNationalAsync(domain, category, code, cancellationToken).ConfigureAwait(false) is { } product ? ProductInfo.Of(product) : null;

    public async Task<IReadOnlyList<ProviderInfo>> ProvidersAsync(CancellationToken cancellationToken = default) =>
        (await providers.ListAsync(cancellationToken).ConfigureAwait(false)).Select(ProviderInfo.Of).ToList();

    public async Task<ProviderInfo?> ProviderAsync(Guid id, CancellationToken cancellationToken = default) =>
        await providers.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } provider ? ProviderInfo.Of(provider) : null;

    public async Task<ProviderInfo?> ProviderAsync(string agbCode, CancellationToken cancellationToken = default) =>
        await providers.FindByAgbAsync(agbCode, cancellationToken).ConfigureAwait(false) is { } provider ? ProviderInfo.Of(provider) : null;

    public async Task<IReadOnlyList<ContractInfo>> ContractsAsync(CancellationToken cancellationToken = default) =>
        (await contracts.ListAsync(cancellationToken).ConfigureAwait(false)).Select(ContractInfo.Of).ToList();

    public async Task<ContractInfo?> ContractAsync(Guid id, CancellationToken cancellationToken = default) =>
        await contracts.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } contract ? ContractInfo.Of(contract) : null;

    public async Task<IReadOnlyList<TariffInfo>> TariffsAsync(CancellationToken cancellationToken = default) =>
        (await tariffs.ListAsync(cancellationToken).ConfigureAwait(false)).Select(TariffInfo.Of).ToList();

    public async Task<TariffInfo?> TariffOnAsync(Guid productId, DateOnly day, Guid? contractId, CancellationToken cancellationToken = default) =>
        await tariffs.OnAsync(productId, day, contractId, cancellationToken).ConfigureAwait(false) is { } tariff ? TariffInfo.Of(tariff) : null;

    public async Task<SolidarityTerms?> InForceAsync(Guid productId, int year, CancellationToken cancellationToken = default) =>
        await solidarity.InForceAsync(productId, year, cancellationToken).ConfigureAwait(false) is { } decision ? SolidarityTerms.Of(decision) : null;

    public async Task<SolidarityTerms> RecordAsync(NewSolidarityDecision input, CancellationToken cancellationToken = default) =>
        SolidarityTerms.Of(await solidarity.RecordAsync(input, cancellationToken).ConfigureAwait(false));
}
