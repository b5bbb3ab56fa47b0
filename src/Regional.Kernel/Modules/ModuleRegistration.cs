using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Regional.Kernel.Modules;

public static class ModuleRegistration
{
    /// <summary>
    /// Makes a domain module known to the kernel (the host lists them for the UI and subscribes to
    /// their telemetry) and opens the module's Meter with the size of its catalogue.
    /// </summary>
    public static IServiceCollection AddDomainModule(this IServiceCollection services, IDomainModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        services.AddSingleton(module);
        services.AddSingleton(provider =>
        {
            var meter = provider.GetRequiredService<IMeterFactory>().Create(module.TelemetryName);
            meter.CreateObservableGauge(
                "regional.catalogue.categories", () => module.ProductCategories.Count, description: "National product categories in the module's catalogue");
            return new ModuleMeter(module.Domain, meter);
        });
        return services;
    }
}

/// <summary>A module's Meter, resolved at start-up so its instruments exist before the first export.</summary>
public sealed record ModuleMeter(Tenancy.SocialDomain Domain, Meter Meter);
