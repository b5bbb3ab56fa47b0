using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Regional.Finance.Budgets;
using Regional.Finance.Owners;
using Regional.Kernel.Tenancy;

namespace Regional.Bench;

/// <summary>Milliseconds per request at the 50th and 99th percentile.</summary>
internal sealed record Percentiles(double P50, double P99)
{
    public static Percentiles Of(List<double> milliseconds)
    {
        milliseconds.Sort();
        return new Percentiles(milliseconds[milliseconds.Count / 2], milliseconds[(int)Math.Ceiling(milliseconds.Count * 0.99) - 1]);
    }
}

/// <summary>
/// A municipality's live share as its page and API ask for it (its budgets and its expected settlement of every pool of
/// the year, from the grains), as that municipality's user, against the floor of recomputing it per request: one
/// GROUP BY of what each member bore in each pool of its region.
/// </summary>
internal sealed class LiveShareBench(BenchDatabase bench)
{
    public async Task<(Percentiles Live, Percentiles Floor)> MeasureAsync(DataSet set, int requests)
    {
        var members = new List<(string Region, Guid RegionId, Guid Municipality)>();
        foreach (var code in set.RegionCodes)
        {
            members.AddRange(await RegionWork.RunAsync(bench.App.Services, code, async s =>
                (await s.GetRequiredService<RegionDirectory>().MembersAsync()).Select(m => (code, s.GetRequiredService<TenantContext>().Required.RegionId, m.MunicipalityId)).ToList()));
        }

        // One request per region first: it activates the region's pool grains, which read the ledger once.
        foreach (var first in members.DistinctBy(m => m.Region))
        {
            await LiveAsync(first);
        }

        var live = new List<double>();
        var floor = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var member = members[i * 7919 % members.Count];
            var clock = Stopwatch.StartNew();
            await LiveAsync(member);
            live.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await bench.ScalarAsync<long>(
                $"SELECT count(*) FROM (SELECT pool_id, municipality_id, sum(amount) FROM finance.postings WHERE region_id = '{member.RegionId}' AND pool_id IS NOT NULL AND account = 'pool-kosten' GROUP BY 1, 2) s");
            floor.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (Percentiles.Of(live), Percentiles.Of(floor));
    }

    private Task<int> LiveAsync((string Region, Guid RegionId, Guid Municipality) member) => RegionWork.RunAsync(bench.App.Services, member.Region, async s =>
    {
        using (s.GetRequiredService<TenantContext>().Begin(new TenantScope(member.RegionId, new HashSet<Guid> { member.Municipality })))
        {
            var budgets = await s.GetRequiredService<BudgetService>().UseAsync(2019);
            var shares = await s.GetRequiredService<LiveShares>().OfAsync(member.Municipality, 2019);
            return budgets.Count + shares.Count;
        }
    });
}
