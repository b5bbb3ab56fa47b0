using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;

namespace Regional.Jeugd;

/// <summary>
/// The Jeugdwet module's one registration entry point. Its catalogue: iJw 3.2 product categories (code list JZ020).
/// </summary>
public static class JeugdModuleExtensions
{
    public static IServiceCollection AddJeugdModule(this IServiceCollection services) =>
        services.AddDomainModule(new CatalogueModule(SocialDomain.Jeugd, "Jeugdwet", typeof(JeugdModuleExtensions).Assembly));
}
