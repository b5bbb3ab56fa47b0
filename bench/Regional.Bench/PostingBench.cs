using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Finance.Ledger;
using Regional.Kernel.Values;
using Regional.Kernel.Tenancy;

namespace Regional.Bench;

/// <summary>Where the hot postings go: one municipality's costs of one product, all into one full pool.</summary>
internal sealed record HotSpot(string RegionCode, Guid RegionId, Guid MunicipalityId, Guid ProductId, Guid PoolId);

/// <summary>
/// Concurrent postings on one hot pool and municipality from several hosts: the naive loop (one
/// transaction per posting) against <see cref="ICostIntake"/> (a batching writer per region and host).
/// </summary>
internal sealed class PostingBench(BenchDatabase bench, IReadOnlyList<WebApplication> hosts, HotSpot hot)
{
    private int runs;

    /// <summary>Postings per second of W workers per host, each committing one posting per transaction; no lock, no idempotency.</summary>
    public async Task<double> NaiveAsync(int workers, int perWorker)
    {
        var run = ++runs;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Workers(workers).Select(async w =>
        {
            await using var connection = bench.Superuser();
            await connection.OpenAsync();
            for (var i = 0; i < perWorker; i++)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using var command = new NpgsqlCommand(
                    "INSERT INTO finance.journal_entries (id, idempotency_key, occurred_on, description, recorded_at, recorded_by, region_id) VALUES (@e, @k, DATE '2019-06-30', 'naive', now(), 'bench', @r);" +
                    "INSERT INTO finance.postings (id, region_id, entry_id, account, amount) VALUES (gen_random_uuid(), @r, @e, 'kosten', 1), (gen_random_uuid(), @r, @e, 'crediteuren', -1)",
                    connection, transaction);
                command.Parameters.AddWithValue("e", Guid.CreateVersion7());
                command.Parameters.AddWithValue("k", $"naive:{run}:{w.Host}:{w.Worker}:{i}");
                command.Parameters.AddWithValue("r", hot.RegionId);
                await command.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }
        }));
        return workers * hosts.Count * perWorker / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Calls per second through the cost intake, W workers per host, <paramref name="callSize"/> costs per call
    /// (1: each posting awaited; 100: a declaration message). Every cause is sent twice, by its own
    /// worker and by the same worker of the other host, so half the calls are replays.
    /// </summary>
    public async Task<(double Rate, int Posted, int Causes)> IntakeAsync(int workers, int perWorker, int callSize)
    {
        var run = ++runs;
        var clock = Stopwatch.StartNew();
        var posted = await Task.WhenAll(Workers(workers).Select(w => Task.Run(() => RegionWork.RunAsync(hosts[w.Host].Services, hot.RegionCode, async services =>
        {
            var costs = Enumerable.Range(0, perWorker).Select(i =>
            {
                // Even positions: this worker's own cause; odd: the other host's same worker's cause (a replay).
                var owner = i % 2 == 0 ? w.Host : (w.Host + 1) % hosts.Count;
                return new CostIncurred(hot.MunicipalityId, hot.ProductId, new DateOnly(2019, 6, 30), Money.FromCents(100 + (i % 50)), $"intake:{run}:{owner}:{w.Worker}:{i / 2}");
            });
            var count = 0;
            foreach (var call in costs.Chunk(callSize))
            {
                count += (await services.GetRequiredService<ICostIntake>().RecordAllAsync(call)).Count(o => o.Outcome == CostOutcome.Posted);
            }

            return count;
        }))));
        var calls = workers * hosts.Count * perWorker;
        return (calls / clock.Elapsed.TotalSeconds, posted.Sum(), workers * hosts.Count * ((perWorker + 1) / 2));
    }

    /// <summary>The pool's balance minus the sum of its postings: zero when no update was lost.</summary>
    public Task<decimal> PoolDriftAsync() => bench.ScalarAsync<decimal>(
        $"SELECT pooled_cost - (SELECT coalesce(sum(amount), 0) FROM finance.postings WHERE pool_id = '{hot.PoolId}' AND account = 'pool-kosten') FROM finance.pools WHERE id = '{hot.PoolId}'");

    private IEnumerable<(int Host, int Worker)> Workers(int perHost) =>
        Enumerable.Range(0, hosts.Count).SelectMany(h => Enumerable.Range(0, perHost).Select(w => (h, w)));
}
