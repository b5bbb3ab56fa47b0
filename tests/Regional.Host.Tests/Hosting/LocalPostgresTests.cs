using System.Diagnostics;
using Npgsql;
using Regional.Postgres;

namespace Regional.Host.Tests.Hosting;

/// <summary>The private development cluster survives the ways people start and stop things.</summary>
public sealed class LocalPostgresTests : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "regional-local-" + Guid.NewGuid().ToString("N")[..8]);
    private LocalPostgresServer? server;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (server is not null)
        {
            await server.StopAsync();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Starting_twice_on_one_data_directory_reuses_the_running_server()
    {
        var starts = await Task.WhenAll(new LocalPostgres(root, throwaway: true).StartAsync(), new LocalPostgres(root, throwaway: true).StartAsync());
        server = starts.Single(s => s.StartedHere);

        starts.Select(s => s.Port).Distinct().ShouldHaveSingleItem();
        starts.Count(s => s.StartedHere).ShouldBe(1);
        (await CountDatabasesAsync(starts[1].AppConnectionString())).ShouldBe(1);
    }

    [Fact]
    public async Task A_server_killed_without_cleanup_is_restarted_with_its_data_intact()
    {
        // Durable settings here: a throwaway cluster may lose its last commits when killed, by design.
        var first = await new LocalPostgres(root).StartAsync();
        await ExecuteAsync(first.OwnerConnectionString(), "CREATE TABLE survivor (id int); INSERT INTO survivor VALUES (42)");
        NpgsqlConnection.ClearAllPools();
        var postmaster = int.Parse(File.ReadLines(Path.Combine(root, "cluster", "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        using (var process = Process.GetProcessById(postmaster))
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        server = await new LocalPostgres(root).StartAsync();

        server.StartedHere.ShouldBeTrue();
        (await ScalarAsync<int>(server.OwnerConnectionString(), "SELECT id FROM survivor")).ShouldBe(42);
    }

    [Fact]
    public void Missing_server_binaries_give_one_line_that_says_what_to_do()
    {
        var error = Should.Throw<StartupException>(() => LocalPostgres.FindBinaries("/nonexistent/bin"));

        error.Message.ShouldContain("apt-get install postgresql");
        error.Message.ShouldContain("ConnectionStrings__Regional");
        error.Message.ShouldNotContain("\n");
    }

    private static async Task<long> CountDatabasesAsync(string connectionString) =>
        await ScalarAsync<long>(connectionString, "SELECT count(*) FROM pg_database WHERE datname = 'regional'");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
