using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Regional.Purchasing.Facts;
using Regional.Bench;
using Regional.Finance.Pools;
using Regional.Kernel.Tenancy;

// Regional's benchmarks: figures are ratios against a floor measured in the same run on this machine.
//   dotnet run -c Release --project bench/Regional.Bench -- [--regional-entries N] [--national [--national-entries N]]
//       [--workers 1,8,32] [--postings N] [--call-sizes 1,100] [--declaration-lines 250000,1000000] [--declaration-parallel 2,4] [--live-requests N]
// A set is skipped when its size is 0 (e.g. --regional-entries 0 --postings 0 for the declarations alone).
var regionalEntries = Option("--regional-entries", 2_000_000);
var nationalEntries = args.Contains("--national") ? Option("--national-entries", 20_000_000) : 0;
var workerCounts = Options("--workers", [1, 8, 32]);
var postings = Option("--postings", 16_000);
var callSizes = Options("--call-sizes", [1, 100]);
var declarationLines = Options("--declaration-lines", [250_000, 1_000_000]).Where(n => n > 0).ToArray();
var declarationParallel = Options("--declaration-parallel", [2, 4]);
var liveRequests = Option("--live-requests", 200);

await using var bench = await BenchDatabase.StartAsync();
Console.WriteLine($"# Regional benchmarks ({Environment.ProcessorCount} cores, {DateTime.Now:yyyy-MM-dd HH:mm}, durable commits)");

// Each set is measured right after it is loaded, so the regional figures do not depend on the national set.
var ledger = new SyntheticLedger(bench);
if (regionalEntries + nationalEntries > 0)
{
    Console.WriteLine();
    Console.WriteLine("| data set | settle every pool, ms | floor: one SQL GROUP BY, ms | ratio | a municipality's live share, p50 / p99 ms | floor: GROUP BY of its region per request, p50 / p99 ms |");
    Console.WriteLine("|---|---|---|---|---|---|");
}

foreach (var (name, regions, municipalities, pools, entries) in new[] { ("regionaal", 1, 10, 25, regionalEntries), ("landelijk", 42, 342, 1000, nationalEntries) }.Where(s => s.Item5 > 0))
{
    var set = await ledger.LoadAsync(name, regions, municipalities, pools, entries);
    var (floor, settlement) = await new SettlementBench(bench).MeasureAsync(set);
    var (live, perRequest) = await new LiveShareBench(bench).MeasureAsync(set, liveRequests);
    Console.WriteLine($"| {set.Name}: {set.RegionCodes.Count} regions, {set.Municipalities} municipalities, {set.Pools} pools, {set.Entries:N0} entries | {settlement:N0} | {floor:N0} | {settlement / Math.Max(floor, 1):N1} "
        + $"| {live.P50:N1} / {live.P99:N1} | {perRequest.P50:N1} / {perRequest.P99:N1} |");
}

if (declarationLines.Length > 0)
{
    Console.WriteLine();
    Console.WriteLine("| JW323 lines (messages, largest) | files at once | floor: binary COPY, s | COPY into the lines table with its keys, s (ratio) | XSD alone, s (ratio) | import, s | lines/s | ratio to floor | journal entries | peak working set (before) | read / check / store / post, s summed over files |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
    var run = 0;
    foreach (var (lines, parallel) in declarationLines.SelectMany(n => declarationParallel.Select(p => (n, p))))
    {
        var folder = Path.Combine(Path.GetTempPath(), $"regional-bench-declarations-{Environment.ProcessId}-{run}");
        try
        {
            var d = await new DeclarationBench(bench).MeasureAsync(lines, parallel, folder, run++);
            Console.WriteLine($"| {d.Lines:N0} ({d.Messages}, {d.LargestFile / 1e6:N1} MB) | {parallel} | {d.FloorSeconds:N2} | {d.StoredFloorSeconds:N2} ({d.StoredFloorSeconds / d.FloorSeconds:N1}) | {d.ValidateSeconds:N2} ({d.ValidateSeconds / d.FloorSeconds:N1}) "
                + $"| {d.ImportSeconds:N1} | {d.Lines / d.ImportSeconds:N0} | {d.ImportSeconds / d.FloorSeconds:N0} | {d.Entries:N0} | {d.PeakWorkingSet / 1e6:N0} MB ({d.BaseWorkingSet / 1e6:N0} MB) "
                + $"| {PhaseTotals.Format(d.Phases)} |");
            if (d.Accepted != d.Lines || d.Booked != d.AcceptedAmount)
            {
                Console.WriteLine($"Not every line accepted and booked once: {d.Accepted:N0} of {d.Lines:N0} accepted, {d.Booked:N2} booked of {d.AcceptedAmount:N2}.");
                return 1;
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

if (postings == 0)
{
    return 0;
}

const string Knh = "kop-van-noord-holland";
var hot = await RegionWork.RunAsync(bench.App.Services, Knh, async s => new HotSpot(
    Knh,
    s.GetRequiredService<TenantContext>().Required.RegionId,
    (await s.GetRequiredService<RegionDirectory>().MembersAsync()).Single(m => m.CbsCode == "GM0400").MunicipalityId,
    (await s.GetRequiredService<IPurchasedCare>().ProductAsync("KNH-JGD-PZ"))!.Id,
    (await s.GetRequiredService<PoolService>().ListAsync()).Single(p => p.ProductGroup == "Verblijf Jeugd" && p.Year == 2019).Id));
var postingBench = new PostingBench(bench, [bench.App, await bench.StartHostAsync()], hot);
var (posted, causes) = (0, 0);
Console.WriteLine();
Console.WriteLine($"| 2 hosts x workers, {postings:N0} postings each run | naive loop, postings/s | {string.Join(" | ", callSizes.Select(c => $"cost intake, {c} per call, postings/s (ratio)"))} |");
Console.WriteLine($"|---|---|{string.Concat(callSizes.Select(_ => "---|"))}");
foreach (var workers in workerCounts)
{
    var perWorker = postings / (2 * workers);
    var naive = await postingBench.NaiveAsync(workers, perWorker);
    var cells = new List<string>();
    foreach (var callSize in callSizes)
    {
        var intake = await postingBench.IntakeAsync(workers, perWorker, callSize);
        (posted, causes) = (posted + intake.Posted, causes + intake.Causes);
        cells.Add($"{intake.Rate:N0} ({intake.Rate / naive:N1}x)");
    }

    Console.WriteLine($"| 2 x {workers} | {naive:N0} | {string.Join(" | ", cells)} |");
}

var drift = await postingBench.PoolDriftAsync();
Console.WriteLine();
Console.WriteLine($"Invariants: pool balance - sum of its postings = {drift:N2}; {posted:N0} posted for {causes:N0} unique causes ({posted - causes:N0} doubled replays).");
return drift == 0 && posted == causes ? 0 : 1;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

int[] Options(string name, int[] fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? [.. args[index + 1].Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))] : fallback;
}
