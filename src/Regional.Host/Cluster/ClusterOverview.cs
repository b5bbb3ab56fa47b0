namespace Regional.Host.Cluster;

/// <summary>One silo as operators see it: where it runs, its state, and how many pools and budget accounts it holds.</summary>
public sealed record SiloView(string Address, string Host, string Status, DateTimeOffset StartedAt, int Pools, int BudgetAccounts, int OtherGrains);

/// <summary>The cluster as the platform administrator sees it: every silo in the membership table and its grains.</summary>
public sealed class ClusterOverview(IGrainFactory grains)
{
    public async Task<IReadOnlyList<SiloView>> SilosAsync()
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false).ConfigureAwait(false);
        var counts = (await management.GetSimpleGrainStatistics().ConfigureAwait(false)).ToLookup(s => s.SiloAddress);
        return hosts.OrderBy(h => h.Status != SiloStatus.Active).ThenByDescending(h => h.StartTime).Take(20).Select(h =>
        {
            var mine = counts[h.SiloAddress].ToList();
            var pools = mine.Where(s => s.GrainType.EndsWith(".PoolGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
            var budgets = mine.Where(s => s.GrainType.EndsWith(".BudgetGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
            return new SiloView(h.SiloAddress.ToString(), h.HostName, Dutch(h.Status), new DateTimeOffset(h.StartTime, TimeSpan.Zero), pools, budgets,
                mine.Sum(s => s.ActivationCount) - pools - budgets);
        }).ToList();
    }

    private static string Dutch(SiloStatus status) => status switch
    {
        SiloStatus.Active => "actief",
        SiloStatus.Created or SiloStatus.Joining => "start op",
        SiloStatus.ShuttingDown or SiloStatus.Stopping => "stopt",
        SiloStatus.Dead => "gestopt of uitgevallen",
        _ => "onbekend",
    };
}
