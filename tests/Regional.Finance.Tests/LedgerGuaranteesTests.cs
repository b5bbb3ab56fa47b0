using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Purchasing.Facts;
using Regional.Finance.Ledger;
using Regional.Finance.Pools;
using Regional.Kernel.Values;
using Regional.TestSupport;

namespace Regional.Finance.Tests;

/// <summary>
/// What a grain would guarantee, held in PostgreSQL: one writer at a time per pool, the balance current
/// after every posting, no lost updates and no doubled replays under concurrent writers; and a ledger
/// that only grows and always balances.
/// </summary>
public sealed class LedgerGuaranteesTests(FinanceFixture app) : IClassFixture<FinanceFixture>
{
    private const string Knh = "kop-van-noord-holland";

    [Fact]
    public async Task Concurrent_postings_on_one_pool_with_half_replayed_lose_nothing_and_double_nothing()
    {
        const int workers = 8;
        const int perWorker = 40;
        var (pleegzorg, denHelder, before) = await app.InRegionAsync(Knh, async services =>
        {
            var product = (await services.GetRequiredService<IPurchasedCare>().ProductAsync("KNH-JGD-PZ"))!;
            var member = (await services.GetRequiredService<Kernel.Tenancy.RegionDirectory>().MembersAsync()).Single(m => m.CbsCode == "GM0400");
            return (product.Id, member.MunicipalityId, await PoolBalanceAsync(services));
        });

        // Each worker posts its own costs, and replays the keys of the worker before it: every key is sent twice.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() => app.InRegionAsync(Knh, async services =>
        {
            var intake = services.GetRequiredService<ICostIntake>();
            var results = new List<CostOutcome>();
            for (var i = 0; i < perWorker; i++)
            {
                foreach (var owner in new[] { worker, (worker + workers - 1) % workers })
                {
                    using var scope = services.CreateScope();
                    results.Add(await scope.ServiceProvider.GetRequiredService<ICostIntake>().RecordAsync(new CostIncurred(
                        denHelder, pleegzorg, new DateOnly(2019, 6, 30), Money.FromCents(100 + i), $"load:{owner}:{i}")));
                }
            }

            return results;
        }))));

        var expected = workers * Enumerable.Range(0, perWorker).Sum(i => (100 + i) / 100m);
        var (after, reconciled) = await app.InRegionAsync(Knh, async services => (await PoolBalanceAsync(services), await PostedPooledCostAsync()));
        outcomes.SelectMany(o => o).Count(o => o == CostOutcome.Posted).ShouldBe(workers * perWorker);
        (after - before).ShouldBe(expected);
        reconciled.ShouldBe(after); // balance = sum of the pool's postings
    }

    [Fact]
    public async Task Postings_cannot_be_changed_or_removed_even_by_a_superuser()
    {
        await using var owner = new NpgsqlConnection(app.SuperuserConnectionString);
        await owner.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE finance.postings SET amount = amount + 1", owner);
        await using var delete = new NpgsqlCommand("DELETE FROM finance.journal_entries", owner);

        (await Should.ThrowAsync<PostgresException>(() => update.ExecuteNonQueryAsync())).MessageText.ShouldContain("append-only");
        (await Should.ThrowAsync<PostgresException>(() => delete.ExecuteNonQueryAsync())).MessageText.ShouldContain("append-only");
    }

    [Fact]
    public async Task The_app_role_may_only_add_to_the_ledger()
    {
        await using var connection = new NpgsqlConnection(app.AppConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE finance.postings SET amount = 0", connection);

        (await Should.ThrowAsync<PostgresException>(() => update.ExecuteNonQueryAsync())).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task An_entry_whose_postings_do_not_sum_to_zero_is_refused_at_commit()
    {
        await using var connection = new NpgsqlConnection(app.SuperuserConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand(
            """
            WITH e AS (INSERT INTO finance.journal_entries (id, region_id, idempotency_key, occurred_on, description, recorded_at, recorded_by)
                       SELECT gen_random_uuid(), id, 'unbalanced', DATE '2019-01-01', 'test', now(), 'test' FROM kernel.regions LIMIT 1 RETURNING id, region_id)
            INSERT INTO finance.postings (id, region_id, entry_id, account, amount) SELECT gen_random_uuid(), region_id, id, 'kosten', 10 FROM e
            """, connection, transaction);
        await insert.ExecuteNonQueryAsync();

        (await Should.ThrowAsync<PostgresException>(() => transaction.CommitAsync())).MessageText.ShouldContain("does not balance");
    }

    private static async Task<decimal> PoolBalanceAsync(IServiceProvider services) =>
        (await services.GetRequiredService<PoolService>().ListAsync()).Single(p => p.ProductGroup == "Verblijf Jeugd" && p.Year == 2019).PooledCost;

    private async Task<decimal> PostedPooledCostAsync() => await app.ScalarAsSuperuserAsync<decimal>(
        "SELECT sum(p.amount) FROM finance.postings p JOIN finance.pools o ON o.id = p.pool_id WHERE p.account = 'pool-kosten' AND o.product_group = 'Verblijf Jeugd' AND o.year = 2019");
}
