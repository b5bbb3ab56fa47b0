using System.Reflection;
using Regional.Host.Hosting;
using Regional.Kernel.Modules;

namespace Regional.Architecture.Tests;

/// <summary>
/// The rules of the house, checked on the compiled assemblies with plain reflection: dependencies point
/// one way (Host -> modules -> Kernel), modules never reference each other, and a module shows only
/// its registration entry point.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Kernel = typeof(IDomainModule).Assembly;
    private static readonly Assembly Host = typeof(RegionalApp).Assembly;
    private static readonly Assembly Purchasing = typeof(Regional.Purchasing.PurchasingModuleExtensions).Assembly;
    private static readonly Assembly Finance = typeof(Regional.Finance.FinanceModuleExtensions).Assembly;
    private static readonly Assembly Monitoring = typeof(Regional.Monitoring.MonitoringModuleExtensions).Assembly;
    private static readonly Assembly Care = typeof(Regional.Care.CareModuleExtensions).Assembly;
    private static readonly Assembly Web = typeof(Regional.Web.RegionPageModel).Assembly;
    private static readonly Assembly Postgres = typeof(Regional.Postgres.LocalPostgres).Assembly;

    // Every other Regional assembly the host plugs in is a domain module (modules/).
    private static readonly string?[] Core = [Kernel.GetName().Name, Web.GetName().Name, Purchasing.GetName().Name, Finance.GetName().Name, Monitoring.GetName().Name, Care.GetName().Name, Postgres.GetName().Name];
    private static readonly Assembly[] Modules = [.. Host.GetReferencedAssemblies()
        .Where(a => a.Name!.StartsWith("Regional.", StringComparison.Ordinal) && !Core.Contains(a.Name))
        .Select(Assembly.Load)];

    [Fact]
    public void The_host_plugs_in_the_three_domain_modules()
    {
        Modules.Select(m => m.GetName().Name).Order().ShouldBe(["Regional.Jeugd", "Regional.Participatie", "Regional.Wmo"]);
    }

    [Fact]
    public void The_kernel_depends_on_no_module_and_not_on_the_host()
    {
        RegionalReferences(Kernel).ShouldBeEmpty();
    }

    [Fact]
    public void The_private_PostgreSQL_depends_on_nothing_of_Regional()
    {
        RegionalReferences(Postgres).ShouldBeEmpty();
    }

    [Fact]
    public void The_pages_kit_depends_on_the_kernel_only()
    {
        RegionalReferences(Web).ShouldBe(["Regional.Kernel"]);
    }

    [Fact]
    public void Purchasing_depends_on_the_kernel_and_the_pages_kit_only()
    {
        RegionalReferences(Purchasing).ShouldBe(["Regional.Kernel", "Regional.Web"]);
    }

    [Fact]
    public void Finance_depends_on_purchasing_the_kernel_and_the_pages_kit_only()
    {
        RegionalReferences(Finance).ShouldBe(["Regional.Kernel", "Regional.Purchasing", "Regional.Web"]);
    }

    [Fact]
    public void Monitoring_depends_on_purchasing_the_kernel_and_the_pages_kit_only()
    {
        RegionalReferences(Monitoring).ShouldBe(["Regional.Kernel", "Regional.Purchasing", "Regional.Web"]);
    }

    [Fact]
    public void Care_depends_on_finance_purchasing_the_kernel_and_the_pages_kit_only_and_tells_monitoring_by_events()
    {
        RegionalReferences(Care).ShouldBe(["Regional.Finance", "Regional.Kernel", "Regional.Purchasing", "Regional.Web"]);
    }

    [Fact]
    public void A_module_depends_on_the_kernel_only_and_never_on_another_module()
    {
        foreach (var module in Modules)
        {
            RegionalReferences(module).ShouldBe(["Regional.Kernel"], module.GetName().Name);
        }
    }

    [Fact]
    public void A_module_exposes_only_its_registration_entry_point()
    {
        foreach (var module in Modules)
        {
            var name = module.GetName().Name!["Regional.".Length..];
            module.GetExportedTypes().Select(t => t.Name).ShouldBe([$"{name}ModuleExtensions"], module.GetName().Name);
        }
    }

    [Fact]
    public void Module_types_are_sealed_or_static()
    {
        var open = Modules.SelectMany(m => m.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.Name.StartsWith('<'))
            .Select(t => t.FullName);

        open.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Regional.Monitoring.Api.MonitoringEndpoints", "MapMonitoringEndpoints")]
    [InlineData("Regional.Care.Api.CareEndpoints", "MapCareEndpoints")]
    [InlineData("Regional.Care.Api.DeclarationEndpoints", "MapDeclarationEndpoints")]
    [InlineData("Regional.Purchasing.Api.PurchasingEndpoints", "MapPurchasingEndpoints")]
    [InlineData("Regional.Finance.Api.FinanceEndpoints", "MapFinanceEndpoints")]
    public void Each_core_project_maps_its_own_API_slice(string type, string map)
    {
        new[] { Monitoring, Care, Purchasing, Finance }.Select(m => m.GetType(type)).OfType<Type>().Single().GetMethod(map).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Regional.Purchasing", "/Pages/Regio/Inkoop/")]
    [InlineData("Regional.Finance", "/Pages/Regio/Financien/")]
    [InlineData("Regional.Monitoring", "/Pages/Regio/Monitoring/")]
    [InlineData("Regional.Care", "/Pages/Regio/Zorg/")]
    public void Each_core_project_carries_its_own_pages(string project, string folder)
    {
        var core = new[] { Purchasing, Finance, Monitoring, Care }.Single(a => a.GetName().Name == project);
        Pages(core).ShouldNotBeEmpty();
        Pages(core).ShouldAllBe(p => p.StartsWith(folder, StringComparison.Ordinal));
        Pages(Host).ShouldNotContain(p => p.StartsWith(folder, StringComparison.Ordinal));
    }

    [Fact]
    public void The_hosts_own_pages_use_no_module()
    {
        Assembly[] cores = [Purchasing, Finance, Monitoring, Care];
        bool FromACore(Type type) => cores.Contains(type.Assembly) || type.GetGenericArguments().Any(FromACore);
        var reaches = Host.GetTypes().Where(t => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t))
            .SelectMany(page => page.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
                .Concat(page.GetProperties().Select(p => p.PropertyType)).Where(FromACore).Select(used => $"{page.Name} uses {used.Name}"));

        reaches.ShouldBeEmpty();
    }

    [Fact]
    public void Each_core_project_brings_its_own_demo_data_and_the_host_none()
    {
        string[] DemoData(Assembly a) => [.. a.GetTypes().Where(t => typeof(IDemoData).IsAssignableFrom(t) && t.IsClass).Select(t => t.Name)];

        foreach (var core in new[] { Purchasing, Finance, Monitoring, Care })
        {
            DemoData(core).ShouldNotBeEmpty(core.GetName().Name);
        }

        DemoData(Host).ShouldBeEmpty();
    }

    [Fact]
    public void The_hosts_own_API_takes_no_service_or_request_of_a_core_project()
    {
        Assembly[] core = [Purchasing, Finance, Monitoring, Care];
        Host.GetTypes().Where(t => t.Namespace == "Regional.Host.Api")
            .Where(t => t.GetMethods(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Any(m => m.GetParameters().Any(p => core.Contains(p.ParameterType.Assembly))))
            .Select(t => t.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void The_host_composes_and_never_holds_the_kernels_or_a_core_projects_DbContext()
    {
        Type[] contexts = [.. new[] { Kernel, Purchasing, Finance, Monitoring, Care }.SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.DbContext)) && !t.IsAbstract)];
        contexts.Length.ShouldBe(5);
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        Host.GetTypes().Where(t =>
                t.GetFields(All).Any(f => contexts.Contains(f.FieldType))
                || t.GetConstructors(All).Concat<MethodBase>(t.GetMethods(All)).Any(m => m.GetParameters().Any(p => contexts.Contains(p.ParameterType))))
            .Select(t => t.FullName).ShouldBeEmpty();
    }

    /// <summary>The Razor pages compiled into an assembly, by path.</summary>
    private static string[] Pages(Assembly assembly) =>
        [.. assembly.GetCustomAttributesData()
            .Where(a => a.AttributeType.Name == "RazorCompiledItemAttribute" && (string)a.ConstructorArguments[1].Value! == "mvc.1.0.razor-page")
            .Select(a => (string)a.ConstructorArguments[2].Value!)];

    private static string[] RegionalReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Regional.", StringComparison.Ordinal)).Order()];
}
