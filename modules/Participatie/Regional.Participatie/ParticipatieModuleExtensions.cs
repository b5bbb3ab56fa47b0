using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;

namespace Regional.Participatie;

/// <summary>The module's one registration entry point.</summary>
public static class ParticipatieModuleExtensions
{
    public static IServiceCollection AddParticipatieModule(this IServiceCollection services) =>
        services.AddDomainModule(new ParticipatieModule());
}
