using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;

namespace Regional.Wmo;

/// <summary>The module's one registration entry point.</summary>
public static class WmoModuleExtensions
{
    public static IServiceCollection AddWmoModule(this IServiceCollection services) =>
        services.AddDomainModule(new WmoModule());
}
