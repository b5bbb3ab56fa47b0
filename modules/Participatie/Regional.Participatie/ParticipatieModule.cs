using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;

namespace Regional.Participatie;

/// <summary>The Participatiewet module as the kernel sees it. Catalogue: Participatiewet instruments; there is no national code list, so these codes are Regional's own.</summary>
internal sealed class ParticipatieModule : IDomainModule
{
    public SocialDomain Domain => SocialDomain.Participatie;

    public string DisplayName => "Participatiewet";

    public IReadOnlyList<ProductCategory> ProductCategories { get; } =
        ProductCategoryList.FromResource(typeof(ParticipatieModule).Assembly, "Regional.Participatie.productcategorieen.csv");

    public string TelemetryName => "Regional.Participatie";
}
