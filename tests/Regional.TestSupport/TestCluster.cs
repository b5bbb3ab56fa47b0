using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using Regional.Postgres;

namespace Regional.TestSupport;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (initdb --no-sync, fsync off, a free port), with template databases
/// that are built once, when a test class first asks for a copy (so the host's tests build the demo database once per
/// run). The cluster is stopped and deleted when the test process exits, also after failures; clusters of earlier runs
/// that were killed are cleaned up at the next start.
/// </summary>
public static class TestCluster
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "regional-tests");

    private static readonly Lazy<Task<LocalPostgresServer>> Server = new(StartAsync);

    private static readonly ConcurrentDictionary<string, Lazy<Task>> Templates = new();

    // PostgreSQL copies a template for one CREATE DATABASE at a time.
    private static readonly SemaphoreSlim CopyLock = new(1, 1);

    public static Task<LocalPostgresServer> GetAsync() => Server.Value;

    /// <summary>
    /// A new database for one test class: a copy of <paramref name="template"/>, which <paramref name="prepare"/> fills the
    /// first time any test asks for it (given the server and the template's name, it migrates and seeds it).
    /// </summary>
    public static async Task<string> CopyOfAsync(string template, Func<LocalPostgresServer, string, Task> prepare)
    {
        var server = await GetAsync().ConfigureAwait(false);
        await Templates.GetOrAdd(template, t => new Lazy<Task>(() => PrepareTemplateAsync(t, prepare))).Value.ConfigureAwait(false);
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await CopyLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await ExecuteAsync(server.SuperuserConnectionString, $"CREATE DATABASE {name} TEMPLATE {template} OWNER regional_owner").ConfigureAwait(false);
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

    private static async Task PrepareTemplateAsync(string template, Func<LocalPostgresServer, string, Task> prepare)
    {
        var server = await GetAsync().ConfigureAwait(false);
        await ExecuteAsync(server.SuperuserConnectionString, $"CREATE DATABASE {template} OWNER regional_owner").ConfigureAwait(false);
        await prepare(server, template).ConfigureAwait(false);

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
