using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Regional.Finance.Settlements;
using Regional.Kernel.Tenancy;

namespace Regional.Bench;

/// <summary>Settles every pool of a data set, against one plain SQL GROUP BY over the same postings (the floor).</summary>
internal sealed class SettlementBench(BenchDatabase bench)
{
    public async Task<(double FloorMs, double SettlementMs)> MeasureAsync(DataSet set)
    {
        var regions = string.Join(", ", set.RegionCodes.Select(c => $"'{c}'"));
        var floor = await Timing.MedianAsync(() => bench.ScalarAsync<long>(
            $"""
            SELECT count(*) FROM (
                SELECT pool_id, municipality_id, sum(amount) FROM finance.postings
                WHERE account = 'pool-kosten' AND region_id IN (SELECT id FROM kernel.regions WHERE code IN ({regions}))
                GROUP BY pool_id, municipality_id) t
            """));
        var settlement = await Timing.MedianAsync(async () =>
        {
            foreach (var region in set.RegionCodes)
            {
                var drafted = await RegionWork.RunAsync(bench.App.Services, region, s => s.GetRequiredService<SettlementService>().DraftYearAsync(2019));
                if (drafted.Any(d => d.Settlement is null))
                {
                    throw new InvalidOperationException($"{region}: {drafted.First(d => d.Settlement is null).Problem}");
                }
            }

            return true;
        });
        return (floor, settlement);
    }
}

internal static class Timing
{
    /// <summary>The middle of three runs, in milliseconds.</summary>
    public static async Task<double> MedianAsync<T>(Func<Task<T>> run)
    {
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(1);
    }
}
