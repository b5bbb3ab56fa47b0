using Npgsql;
using NpgsqlTypes;

namespace Regional.Bench;

/// <summary>A generated data set: its regions (by code), and how much it holds.</summary>
internal sealed record DataSet(string Name, IReadOnlyList<string> RegionCodes, int Municipalities, int Pools, long Entries);

/// <summary>
/// Generates regions of real CBS municipalities, full pools (one per product, Jeugd 2019) with fixed keys, and
/// balanced pooled cost entries, bulk-loaded by binary COPY: the shape of a region's ledger after a year.
/// </summary>
internal sealed class SyntheticLedger(BenchDatabase bench)
{
    private const string PooledCosts = "pool-kosten";
    private byte loaded;

    public async Task<DataSet> LoadAsync(string name, int regions, int municipalities, int pools, long entries)
    {
        var tag = $"bench-{name}";
        await bench.ExecuteAsync(
            $"""
            INSERT INTO kernel.regions (id, code, name)
            SELECT gen_random_uuid(), '{tag}-' || lpad(g::text, 2, '0'), 'Bench {name} ' || g FROM generate_series(1, {regions}) g;
            WITH m AS (SELECT id, row_number() OVER (ORDER BY cbs_code) - 1 AS n FROM kernel.municipalities ORDER BY cbs_code LIMIT {municipalities}),
                 r AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM kernel.regions WHERE code LIKE '{tag}-%')
            INSERT INTO kernel.region_memberships (id, region_id, municipality_id, domain, valid_from)
            SELECT gen_random_uuid(), r.id, m.id, 'Jeugd', DATE '2019-01-01' FROM m JOIN r ON m.n % {regions} = r.n;
            WITH r AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM kernel.regions WHERE code LIKE '{tag}-%')
            INSERT INTO finance.pools (id, region_id, product_group, year, domain, arrangement, pooled_cost, funding)
            SELECT gen_random_uuid(), r.id, 'Bench product ' || p, 2019, 'Jeugd', 'Full', 0, 'OwnClients'
            FROM generate_series(0, {pools - 1}) p JOIN r ON p % {regions} = r.n;
            INSERT INTO finance.pool_key_components (id, region_id, pool_id, basis, weight)
            SELECT gen_random_uuid(), o.region_id, o.id, 'FixedPercentage', 1 FROM finance.pools o JOIN kernel.regions r ON r.id = o.region_id WHERE r.code LIKE '{tag}-%';
            INSERT INTO finance.pool_key_inputs (id, region_id, pool_id, municipality_id, basis, value)
            SELECT gen_random_uuid(), o.region_id, o.id, m.municipality_id, 'FixedPercentage', 1 + abs(hashtext(o.id::text || m.municipality_id::text)) % 100
            FROM finance.pools o JOIN kernel.regions r ON r.id = o.region_id JOIN kernel.region_memberships m ON m.region_id = o.region_id
            WHERE r.code LIKE '{tag}-%';
            """);
        var layout = await LayoutAsync(tag);
        await Task.WhenAll(CopyEntriesAsync(layout, entries), CopyPostingsAsync(layout, entries));
        await bench.ExecuteAsync(
            $"""
            UPDATE finance.pools o SET pooled_cost = s.total
            FROM (SELECT pool_id, sum(amount) AS total FROM finance.postings WHERE account = '{PooledCosts}' AND pool_id IS NOT NULL GROUP BY pool_id) s
            WHERE o.id = s.pool_id AND o.region_id IN (SELECT id FROM kernel.regions WHERE code LIKE '{tag}-%');
            """);

        // What autovacuum does to an append-only table soon after a load: statistics and the visibility map.
        await bench.ExecuteAsync("VACUUM ANALYZE finance.postings");
        await bench.ExecuteAsync("VACUUM ANALYZE finance.journal_entries");
        return new DataSet(name, layout.Regions, municipalities, pools, entries);
    }

    /// <summary>Cost entry i falls in pool i mod P, for member (i / P) mod n of the pool's region.</summary>
    private sealed record Layout(IReadOnlyList<string> Regions, IReadOnlyList<(Guid Pool, Guid Region, Guid[] Members)> Pools, byte Set);

    private async Task<Layout> LayoutAsync(string tag)
    {
        await using var connection = bench.Superuser();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            SELECT r.code, o.id, o.region_id, array_agg(m.municipality_id ORDER BY m.municipality_id)
            FROM finance.pools o JOIN kernel.regions r ON r.id = o.region_id JOIN kernel.region_memberships m ON m.region_id = o.region_id
            WHERE r.code LIKE '{tag}-%' GROUP BY r.code, o.id, o.region_id ORDER BY o.id
            """, connection);
        var pools = new List<(Guid, Guid, Guid[])>();
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            regions.Add(reader.GetString(0));
            pools.Add((reader.GetGuid(1), reader.GetGuid(2), reader.GetFieldValue<Guid[]>(3)));
        }

        return new Layout([.. regions], pools, ++loaded);
    }

    private async Task CopyEntriesAsync(Layout layout, long count)
    {
        await using var connection = await OpenForBulkLoadAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY finance.journal_entries (id, region_id, idempotency_key, occurred_on, description, recorded_at, recorded_by) FROM STDIN (FORMAT BINARY)");
        var now = DateTimeOffset.UtcNow;
        for (long i = 0; i < count; i++)
        {
            var pool = layout.Pools[(int)(i % layout.Pools.Count)];
            await writer.StartRowAsync();
            await writer.WriteAsync(Id(layout.Set, 0, i), NpgsqlDbType.Uuid);
            await writer.WriteAsync(pool.Region, NpgsqlDbType.Uuid);
            await writer.WriteAsync($"bench:{layout.Set}:{i}", NpgsqlDbType.Text);
            await writer.WriteAsync(new DateOnly(2019, (int)(i % 12) + 1, 28), NpgsqlDbType.Date);
            await writer.WriteAsync("bench", NpgsqlDbType.Text);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync("bench", NpgsqlDbType.Text);
        }

        await writer.CompleteAsync();
    }

    private async Task CopyPostingsAsync(Layout layout, long count)
    {
        await using var connection = await OpenForBulkLoadAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY finance.postings (id, region_id, entry_id, account, municipality_id, pool_id, product_group, domain, amount) FROM STDIN (FORMAT BINARY)");
        for (long i = 0; i < count; i++)
        {
            var pool = layout.Pools[(int)(i % layout.Pools.Count)];
            var member = pool.Members[(int)(i / layout.Pools.Count % pool.Members.Length)];
            var amount = 10m + (i % 5000) / 100m;
            await WritePostingAsync(writer, Id(layout.Set, 1, i), pool.Region, Id(layout.Set, 0, i), PooledCosts, member, pool.Pool, amount);
            await WritePostingAsync(writer, Id(layout.Set, 2, i), pool.Region, Id(layout.Set, 0, i), "crediteuren", null, null, -amount);
        }

        await writer.CompleteAsync();
    }

    private static async Task WritePostingAsync(NpgsqlBinaryImporter writer, Guid id, Guid region, Guid entry, string account, Guid? municipality, Guid? pool, decimal amount)
    {
        await writer.StartRowAsync();
        await writer.WriteAsync(id, NpgsqlDbType.Uuid);
        await writer.WriteAsync(region, NpgsqlDbType.Uuid);
        await writer.WriteAsync(entry, NpgsqlDbType.Uuid);
        await writer.WriteAsync(account, NpgsqlDbType.Text);
        await (municipality is { } m ? writer.WriteAsync(m, NpgsqlDbType.Uuid) : writer.WriteNullAsync());
        await (pool is { } p ? writer.WriteAsync(p, NpgsqlDbType.Uuid) : writer.WriteNullAsync());
        await writer.WriteAsync("Bench", NpgsqlDbType.Text);
        await writer.WriteAsync("Jeugd", NpgsqlDbType.Text);
        await writer.WriteAsync(amount, NpgsqlDbType.Numeric);
    }

    /// <summary>Synthetic entries are balanced by construction: skip the per-row balance and foreign-key triggers (superuser only).</summary>
    private async Task<NpgsqlConnection> OpenForBulkLoadAsync()
    {
        var connection = bench.Superuser();
        await connection.OpenAsync();
        await using var replica = new NpgsqlCommand("SET session_replication_role = replica", connection);
        await replica.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Deterministic ids, so the entry and posting streams can be loaded side by side.</summary>
    private static Guid Id(byte set, byte kind, long i)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, i);
        bytes[14] = set;
        bytes[15] = kind;
        return new Guid(bytes);
    }
}
