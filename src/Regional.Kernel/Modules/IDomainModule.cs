using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Modules;

/// <summary>
/// The one contract through which a domain module (Jeugd, Wmo, Participatie) plugs into the kernel:
/// which law it serves, its national catalogue, and the name of its telemetry.
/// </summary>
public interface IDomainModule
{
    SocialDomain Domain { get; }

    /// <summary>Name shown in the web UI, e.g. "Jeugdwet".</summary>
    string DisplayName { get; }

    /// <summary>The national product categories (or instruments) the region's own products map onto.</summary>
    IReadOnlyList<ProductCategory> ProductCategories { get; }

    /// <summary>Name of the module's ActivitySource and Meter.</summary>
    string TelemetryName { get; }
}

/// <summary>A national category code with its official description, e.g. iJw 45 "Jeugdhulp ambulant".</summary>
public sealed record ProductCategory(string Code, string Description);
