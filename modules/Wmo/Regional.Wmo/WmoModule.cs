using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;

namespace Regional.Wmo;

/// <summary>The Wmo 2015 module as the kernel sees it. Catalogue: iWmo 3.2 product categories (code list WMO020).</summary>
internal sealed class WmoModule : IDomainModule
{
    public SocialDomain Domain => SocialDomain.Wmo;

    public string DisplayName => "Wmo 2015";

    public IReadOnlyList<ProductCategory> ProductCategories { get; } =
        ProductCategoryList.FromResource(typeof(WmoModule).Assembly, "Regional.Wmo.productcategorieen.csv");

    public string TelemetryName => "Regional.Wmo";
}
