using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;

namespace Regional.Jeugd;

/// <summary>The Jeugdwet module as the kernel sees it. Catalogue: iJw 3.2 product categories (code list JZ020).</summary>
internal sealed class JeugdModule : IDomainModule
{
    public SocialDomain Domain => SocialDomain.Jeugd;

    public string DisplayName => "Jeugdwet";

    public IReadOnlyList<ProductCategory> ProductCategories { get; } =
        ProductCategoryList.FromResource(typeof(JeugdModule).Assembly, "Regional.Jeugd.productcategorieen.csv");

    public string TelemetryName => "Regional.Jeugd";
}
