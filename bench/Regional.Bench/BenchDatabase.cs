using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Host.Database;
using Regional.Host.Hosting;
using Regional.Host.Seeding;

namespace Regional.Bench;

/// <summary>A throwaway PostgreSQL with the migrated schema and the demo regions, like the tests use.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "regional-bench-" + Environment.ProcessId);

    public LocalPostgresServer Server { get; private set; } = null!;

    public WebApplication App { get; private set; } = null!;

    public static async Task<BenchDatabase> StartAsync()
    {
        var bench = new BenchDatabase();
        bench.Server = await new LocalPostgres(bench.root, throwaway: true).StartAsync();
        var (app, connections) = await RegionalApp.BuildAsync([], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Regional"] = bench.Server.AppConnectionString(),
            ["ConnectionStrings:RegionalOwner"] = bench.Server.OwnerConnectionString(),
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        bench.App = app;
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(connections.Owner);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync(_ => "bench-only-password");
        return bench;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Server.SuperuserConnectionString.Replace("Database=postgres", "Database=regional", StringComparison.Ordinal));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public NpgsqlConnection Superuser() =>
        new(Server.SuperuserConnectionString.Replace("Database=postgres", "Database=regional", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await Server.StopAsync();
        Directory.Delete(root, recursive: true);
    }
}
