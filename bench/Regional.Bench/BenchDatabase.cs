using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Host.Database;
using Regional.Host.Hosting;
using Regional.Kernel.Demo;
using Regional.Postgres;

namespace Regional.Bench;

/// <summary>
/// A throwaway PostgreSQL with the migrated schema and the demo regions, like the tests use, but
/// committing durably (fsync on), so commit-bound figures are what production would see.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "regional-bench-" + Environment.ProcessId);
    private readonly List<WebApplication> hosts = [];

    // Every host of one bench run shares the key ring, as replicas do; the key lives only as long as the run.
    private static readonly string KeyRingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public LocalPostgresServer Server { get; private set; } = null!;

    /// <summary>The first host; <see cref="StartHostAsync"/> adds more, each with its own services and connection pool.</summary>
    public WebApplication App => hosts[0];

    public static async Task<BenchDatabase> StartAsync()
    {
        var bench = new BenchDatabase();
        bench.Server = await new LocalPostgres(bench.root, throwaway: true, durableCommits: true).StartAsync();
        var app = await bench.BuildAsync();
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(bench.Server.OwnerConnectionString());
        await app.StartAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync(_ => "bench-only-password");
        return bench;
    }

    /// <summary>Another host on the same database, as a second replica of the platform would be: a second silo of the cluster.</summary>
    public async Task<WebApplication> StartHostAsync()
    {
        var app = await BuildAsync();
        await app.StartAsync();
        return app;
    }

    /// <summary>A host on the bench database, listening on a free loopback port; started, it is a silo of the one cluster.</summary>
    private async Task<WebApplication> BuildAsync()
    {
        var (app, _) = await RegionalApp.BuildAsync(RegionalHost.WithoutListening([]), b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Regional"] = Server.AppConnectionString(),
            ["ConnectionStrings:RegionalOwner"] = Server.OwnerConnectionString(),
            ["Regional:KeyRing:Key"] = KeyRingKey,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        hosts.Add(app);
        return app;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = Superuser();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = Superuser();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    public NpgsqlConnection Superuser() =>
        new(Server.SuperuserConnectionString.Replace("Database=postgres", "Database=regional", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await Server.StopAsync();
        Directory.Delete(root, recursive: true);
    }
}
