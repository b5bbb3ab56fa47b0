using System.Reflection;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Modules;

/// <summary>
/// A domain module described by its law and its embedded national catalogue, by convention the
/// resource <c>Regional.{Domain}.productcategorieen.csv</c> in the module's assembly.
/// </summary>
public sealed class CatalogueModule(SocialDomain domain, string displayName, Assembly assembly) : IDomainModule
{
    public SocialDomain Domain => domain;

    public string DisplayName => displayName;

    public IReadOnlyList<ProductCategory> ProductCategories { get; } =
        ProductCategoryList.FromResource(assembly, $"Regional.{domain}.productcategorieen.csv");

    public string TelemetryName => $"Regional.{domain}";
}
