using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Regional.Bench;
using Regional.Finance.Ledger;
using Regional.Finance.Pools;
using Regional.Finance.Settlements;
using Regional.Host.Tenancy;
using Regional.Kernel.Values;
using Regional.Purchasing.Catalogue;

// Regional's benchmarks: figures are ratios against a floor measured in the same run on this machine.
//   dotnet run -c Release --project bench/Regional.Bench -- [--cost-entries N] [--workers W] [--postings-per-worker P]
var costEntries = Option("--cost-entries", 200_000);
var workers = Option("--workers", 8);
var perWorker = Option("--postings-per-worker", 200);
const string Region = "kop-van-noord-holland";

await using var bench = await BenchDatabase.StartAsync();
var (productId, members, poolId) = await RegionWork.RunAsync(bench.App.Services, Region, async s =>
{
    var product = (await s.GetRequiredService<ProductCatalogue>().ListAsync()).Single(p => p.Code == "KNH-JGD-PZ");
    var pool = (await s.GetRequiredService<PoolService>().ListAsync()).Single(p => p.ProductGroup == "Verblijf Jeugd" && p.Year == 2019);
    var key = await s.GetRequiredService<PoolService>().KeyAsync(pool.Id);
    return (product.Id, key.Members.Select(m => m.MunicipalityId).ToArray(), pool.Id);
});

Console.WriteLine($"# Regional benchmarks ({Environment.ProcessorCount} cores, {DateTime.Now:yyyy-MM-dd HH:mm})");
Console.WriteLine();
await LoadCostEntriesAsync(costEntries);
Console.WriteLine($"Loaded {costEntries:N0} pooled cost entries ({costEntries * 2:N0} postings) into one pool of {members.Length} members.");
var floor = await MedianAsync(() => bench.ScalarAsync<long>(
    "SELECT count(*) FROM (SELECT municipality_id, sum(amount) FROM finance.postings WHERE account = 'pool-kosten' GROUP BY pool_id, municipality_id) t"));
var settlement = await MedianAsync(() => RegionWork.RunAsync(bench.App.Services, Region, s => s.GetRequiredService<SettlementService>().DraftAsync(poolId)));
Console.WriteLine();
Console.WriteLine("| settlement of the pool | ms | ratio to floor |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| floor: plain SQL GROUP BY over the postings | {floor:N0} | 1.0 |");
Console.WriteLine($"| draft settlement (key, sums, largest remainder, stored lines) | {settlement:N0} | {settlement / Math.Max(floor, 1):N1} |");

var naive = await NaiveLoopAsync();
var intake = await CostIntakeAsync();
Console.WriteLine();
Console.WriteLine($"| {workers} workers x {perWorker} postings on one hot pool | postings/s | ratio to naive |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| naive: one INSERT transaction per posting, no lock, no idempotency | {naive:N0} | 1.0 |");
Console.WriteLine($"| ICostIntake: row lock per pool, idempotency key, half replayed | {intake.Rate:N0} | {intake.Rate / naive:N2} |");
var reconciled = await bench.ScalarAsync<decimal>($"SELECT pooled_cost - (SELECT sum(amount) FROM finance.postings WHERE pool_id = '{poolId}' AND account = 'pool-kosten') FROM finance.pools WHERE id = '{poolId}'");
Console.WriteLine();
var uniqueCauses = workers * ((perWorker + 1) / 2);
Console.WriteLine($"Invariants: balance - sum of postings = {reconciled:N2}; {intake.Posted:N0} posted for {uniqueCauses:N0} unique causes ({intake.Posted - uniqueCauses:N0} doubled replays).");
return reconciled == 0 && intake.Posted == uniqueCauses ? 0 : 1;

async Task LoadCostEntriesAsync(int count)
{
    await using var connection = bench.Superuser();
    await connection.OpenAsync();

    // Bulk load of synthetic, balanced entries: skip the per-row balance trigger (superuser only).
    await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
    {
        await replica.ExecuteNonQueryAsync();
    }

    var region = await bench.ScalarAsync<Guid>($"SELECT id FROM kernel.regions WHERE code = '{Region}'");
    var entries = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
    await using (var writer = await connection.BeginBinaryImportAsync(
        "COPY finance.journal_entries (id, region_id, idempotency_key, occurred_on, description, recorded_at, recorded_by) FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 0; i < count; i++)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(entries[i], NpgsqlDbType.Uuid);
            await writer.WriteAsync(region, NpgsqlDbType.Uuid);
            await writer.WriteAsync($"bench:{i}", NpgsqlDbType.Text);
            await writer.WriteAsync(new DateOnly(2019, (i % 12) + 1, 28), NpgsqlDbType.Date);
            await writer.WriteAsync("bench", NpgsqlDbType.Text);
            await writer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync("bench", NpgsqlDbType.Text);
        }

        await writer.CompleteAsync();
    }

    await using (var writer = await connection.BeginBinaryImportAsync(
        "COPY finance.postings (id, region_id, entry_id, account, municipality_id, pool_id, product_group, domain, amount) FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 0; i < count; i++)
        {
            var amount = 10m + (i % 5000) / 100m;
            foreach (var (account, municipality, pool, value) in new[] { ("pool-kosten", (Guid?)members[i % members.Length], (Guid?)poolId, amount), ("crediteuren", null, null, -amount) })
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(region, NpgsqlDbType.Uuid);
                await writer.WriteAsync(entries[i], NpgsqlDbType.Uuid);
                await writer.WriteAsync(account, NpgsqlDbType.Text);
                await (municipality is { } m ? writer.WriteAsync(m, NpgsqlDbType.Uuid) : writer.WriteNullAsync());
                await (pool is { } p ? writer.WriteAsync(p, NpgsqlDbType.Uuid) : writer.WriteNullAsync());
                await writer.WriteAsync("Verblijf Jeugd", NpgsqlDbType.Text);
                await writer.WriteAsync("Jeugd", NpgsqlDbType.Text);
                await writer.WriteAsync(value, NpgsqlDbType.Numeric);
            }
        }

        await writer.CompleteAsync();
    }

    await using var balance = new NpgsqlCommand(
        $"UPDATE finance.pools SET pooled_cost = (SELECT sum(amount) FROM finance.postings WHERE pool_id = '{poolId}' AND account = 'pool-kosten') WHERE id = '{poolId}'; ANALYZE finance.postings;",
        connection) { CommandTimeout = 600 };
    await balance.ExecuteNonQueryAsync();
}

async Task<double> NaiveLoopAsync()
{
    var region = await bench.ScalarAsync<Guid>($"SELECT id FROM kernel.regions WHERE code = '{Region}'");
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
    {
        await using var connection = bench.Superuser();
        await connection.OpenAsync();
        for (var i = 0; i < perWorker; i++)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var entry = Guid.CreateVersion7();
            await using var command = new NpgsqlCommand(
                "INSERT INTO finance.journal_entries (id, idempotency_key, occurred_on, description, recorded_at, recorded_by, region_id) VALUES (@e, @k, DATE '2019-06-30', 'naive', now(), 'bench', @r);" +
                "INSERT INTO finance.postings (id, region_id, entry_id, account, amount) VALUES (gen_random_uuid(), @r, @e, 'kosten', 1), (gen_random_uuid(), @r, @e, 'crediteuren', -1)",
                connection, transaction);
            command.Parameters.AddWithValue("e", entry);
            command.Parameters.AddWithValue("k", $"naive:{w}:{i}");
            command.Parameters.AddWithValue("r", region);
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
    }));
    return workers * perWorker / clock.Elapsed.TotalSeconds;
}

async Task<(double Rate, int Posted)> CostIntakeAsync()
{
    var clock = Stopwatch.StartNew();
    var outcomes = await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => RegionWork.RunAsync(bench.App.Services, Region, async s =>
    {
        var posted = 0;
        for (var i = 0; i < perWorker; i++)
        {
            // Every second call replays the previous worker's cause: half the traffic is a retry.
            var owner = i % 2 == 0 ? w : (w + workers - 1) % workers;
            using var scope = s.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<ICostIntake>().RecordAsync(
                new CostIncurred(members[w % members.Length], productId, new DateOnly(2019, 6, 30), new Money(1.23m), $"intake:{owner}:{i - (i % 2)}"));
            posted += outcome == CostOutcome.Posted ? 1 : 0;
        }

        return posted;
    }))));
    var calls = workers * perWorker;
    return (calls / clock.Elapsed.TotalSeconds, outcomes.Sum());
}

async Task<double> MedianAsync<T>(Func<Task<T>> run)
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

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
