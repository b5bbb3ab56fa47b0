using Microsoft.Extensions.DependencyInjection;
using Regional.Jeugd;
using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;
using Regional.Participatie;
using Regional.Wmo;

namespace Regional.Modules.Tests;

/// <summary>Each domain module registers through the kernel's contract with its national catalogue.</summary>
public sealed class CatalogueTests
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddMetrics().AddJeugdModule().AddWmoModule().AddParticipatieModule().BuildServiceProvider();

    private static IDomainModule Module(SocialDomain domain) => Services.GetServices<IDomainModule>().Single(m => m.Domain == domain);

    [Fact]
    public void Jeugd_supplies_the_iJw_3_2_product_categories_including_the_2015_ones()
    {
        var jeugd = Module(SocialDomain.Jeugd);

        jeugd.DisplayName.ShouldBe("Jeugdwet");
        jeugd.ProductCategories.Count.ShouldBe(24);
        jeugd.ProductCategories.ShouldContain(new ProductCategory("45", "Jeugdhulp ambulant"));
        jeugd.ProductCategories.ShouldContain(c => c.Code == "31" && c.Description.StartsWith("(2015)", StringComparison.Ordinal));
    }

    [Fact]
    public void Wmo_supplies_the_iWmo_3_2_product_categories()
    {
        var wmo = Module(SocialDomain.Wmo);

        wmo.ProductCategories.Count.ShouldBe(18);
        wmo.ProductCategories.ShouldContain(new ProductCategory("04", "Kortdurend verblijf"));
    }

    [Fact]
    public void Participatie_supplies_its_instruments()
    {
        Module(SocialDomain.Participatie).ProductCategories.Select(c => c.Description).ShouldContain("Loonkostensubsidie");
    }

    [Fact]
    public void Every_module_has_its_own_meter_named_after_it()
    {
        var meters = Services.GetServices<ModuleMeter>().ToList();

        meters.Select(m => m.Meter.Name).Order().ShouldBe(["Regional.Jeugd", "Regional.Participatie", "Regional.Wmo"]);
        meters.Select(m => m.Domain).Distinct().Count().ShouldBe(3);
    }
}
