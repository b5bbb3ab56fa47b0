using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;

namespace Regional.Jeugd;

/// <summary>The module's one registration entry point.</summary>
public static class JeugdModuleExtensions
{
    public static IServiceCollection AddJeugdModule(this IServiceCollection services) =>
        services.AddDomainModule(new JeugdModule());
}
