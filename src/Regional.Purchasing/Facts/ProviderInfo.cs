using Regional.Purchasing.Providers;

namespace Regional.Purchasing.Facts;

/// <summary>A care provider the region deals with.</summary>
public sealed record ProviderInfo(Guid Id, string Name, string AgbCode)
{
    internal static ProviderInfo Of(Provider provider) => new(provider.Id, provider.Name, provider.AgbCode);
}
