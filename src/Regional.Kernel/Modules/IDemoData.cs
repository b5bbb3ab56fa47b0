namespace Regional.Kernel.Modules;

/// <summary>
/// A module's demo data for a seed region ("rigg", "kop-van-noord-holland"), which the host loads on a start without
/// configuration, inside that region's scope, after the regions, members and users. Loaded through the module's own
/// services, like a user's changes, and idempotent: a second start adds nothing.
/// </summary>
public interface IDemoData
{
    /// <summary>Loading order: purchasing first (products, providers, contracts), then what builds on it.</summary>
    int Order { get; }

    Task SeedAsync(string regionCode, CancellationToken cancellationToken);
}
