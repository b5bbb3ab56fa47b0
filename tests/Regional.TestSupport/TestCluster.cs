using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Host.Database;
using Regional.Host.Hosting;
using Regional.Host.Seeding;

namespace Regional.TestSupport;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (initdb --no-sync, fsync off, a free port), with a
/// template database that the host migrates and seeds once, when a test class first asks for a copy; module tests
/// that build their own database never start the host. The cluster is
/// stopped and deleted when the test process exits, also after failures; clusters of earlier runs
/// that were killed are cleaned up at the next start.
/// </summary>
public static class TestCluster
{
    public const string TemplateDatabase = "regional_template";

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "regional-tests");

    private static readonly Lazy<Task<LocalPostgresServer>> Server = new(StartAsync);

    private static readonly Lazy<Task> Template = new(PrepareTemplateAsync);

    // PostgreSQL copies a template for one CREATE DATABASE at a time.
    private static readonly SemaphoreSlim CopyLock = new(1, 1);

    public static Task<LocalPostgresServer> GetAsync() => Server.Value;

    /// <summary>A new database for one test class: a copy of the migrated, seeded template.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await GetAsync().ConfigureAwait(false);
        await Template.Value.ConfigureAwait(false);
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await CopyLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await ExecuteAsync(server.SuperuserConnectionString, $"CREATE DATABASE {name} TEMPLATE {TemplateDatabase} OWNER regional_owner").ConfigureAwait(false);
        }
        finally
        {
            CopyLock.Release();
        }

        return name;
    }

    /// <summary>An empty database owned by the owner role, for tests that build a schema themselves.</summary>
    public static async Task<(string Name, string App, string Owner)> CreateEmptyDatabaseAsync()
    {
        var server = await GetAsync().ConfigureAwait(false);
        var name = "e_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(server.SuperuserConnectionString, $"CREATE DATABASE {name} OWNER regional_owner").ConfigureAwait(false);
        return (name, server.AppConnectionString(name), server.OwnerConnectionString(name));
    }

    public static async Task DropDatabaseAsync(string name)
    {
        var server = await GetAsync().ConfigureAwait(false);
        await ExecuteAsync(server.SuperuserConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)").ConfigureAwait(false);
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static async Task<LocalPostgresServer> StartAsync()
    {
        RemoveClustersOfDeadRuns();
        var root = Path.Combine(Root, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var server = await new LocalPostgres(root, throwaway: true).StartAsync().ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            server.StopAsync().GetAwaiter().GetResult();
            Directory.Delete(root, recursive: true);
        };
        return server;
    }

    private static async Task PrepareTemplateAsync()
    {
        var server = await GetAsync().ConfigureAwait(false);
        await ExecuteAsync(server.SuperuserConnectionString, $"CREATE DATABASE {TemplateDatabase} OWNER regional_owner").ConfigureAwait(false);
        var (app, connections) = await RegionalApp.BuildAsync(
            [],
            builder => TestConfiguration.Apply(builder, server.AppConnectionString(TemplateDatabase), server.OwnerConnectionString(TemplateDatabase)))
            .ConfigureAwait(false);
        await using (app)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(connections.Owner).ConfigureAwait(false);
            await app.StartAsync().ConfigureAwait(false);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync(TestPasswords.For).ConfigureAwait(false);
            }

            await app.StopAsync().ConfigureAwait(false);
        }

        // A template must have no open connections when it is copied.
        NpgsqlConnection.ClearAllPools();
    }

    private static void RemoveClustersOfDeadRuns()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var directory in Directory.GetDirectories(Root))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && !IsAlive(pid))
            {
                try
                {
                    var pidFile = Path.Combine(directory, "cluster", "postmaster.pid");
                    if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var postmaster) && IsAlive(postmaster))
                    {
                        Process.GetProcessById(postmaster).Kill();
                    }

                    Directory.Delete(directory, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Test assemblies run in parallel processes: another one is removing it right now.
                }
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            return !Process.GetProcessById(pid).HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
