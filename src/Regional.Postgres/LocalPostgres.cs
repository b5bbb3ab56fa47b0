using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using Npgsql;

namespace Regional.Postgres;

/// <summary>
/// A private PostgreSQL cluster in a data directory of our own, so that the platform and its tests
/// need no set-up by hand. Start-up is idempotent: a second host (or a restart after a crash) finds
/// the running or stale server by its lock files and reuses or restarts it, never re-initialises.
/// </summary>
/// <param name="throwaway">A cluster for tests: commits skip the disk flush, unless <paramref name="durableCommits"/>
/// (benchmarks measure commits as production pays for them).</param>
public sealed class LocalPostgres(string root, bool throwaway = false, bool durableCommits = false)
{
    public const string DatabaseName = "regional";

    private string Cluster => Path.Combine(root, "cluster");

    private string Marker => Path.Combine(root, "initialized");

    /// <summary>Finds initdb and pg_ctl: <c>REGIONAL_PG_BIN</c>, else the newest /usr/lib/postgresql/*/bin.</summary>
    public static string FindBinaries(string? configured = null)
    {
        var candidates = configured is not null
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(VersionOf).Select(d => Path.Combine(d, "bin")).ToArray()
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new StartupException(
                $"PostgreSQL server binaries (initdb, pg_ctl) were not found in {(configured ?? "/usr/lib/postgresql/*/bin")}: " +
                "install them (apt-get install postgresql) or set ConnectionStrings__Regional to an existing database.");
    }

    public async Task<LocalPostgresServer> StartAsync(string? binaries = null, CancellationToken cancellationToken = default)
    {
        var bin = FindBinaries(binaries);
        Directory.CreateDirectory(root);
        using var startLock = await AcquireStartLockAsync(cancellationToken).ConfigureAwait(false);
        if (!File.Exists(Marker))
        {
            await InitialiseAsync(bin, cancellationToken).ConfigureAwait(false);
        }

        var port = await RunningPortAsync(bin, cancellationToken).ConfigureAwait(false);
        var startedHere = port is null;
        if (port is null)
        {
            port = await StartServerAsync(bin, cancellationToken).ConfigureAwait(false);
        }

        var server = new LocalPostgresServer(bin, Cluster, port.Value, Secret("superuser"), Secret("owner"), Secret("app"), startedHere);
        await server.EnsureRolesAndDatabaseAsync(RolesScript(), cancellationToken).ConfigureAwait(false);
        return server;
    }

    private async Task<FileStream> AcquireStartLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, "start.lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task InitialiseAsync(string bin, CancellationToken cancellationToken)
    {
        // A directory without the marker is a half-finished earlier attempt: start it over.
        if (Directory.Exists(Cluster))
        {
            Directory.Delete(Cluster, recursive: true);
        }

        foreach (var name in new[] { "superuser", "owner", "app" })
        {
            await File.WriteAllTextAsync(SecretPath(name), RandomNumberGenerator.GetHexString(32, lowercase: true), cancellationToken).ConfigureAwait(false);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(SecretPath(name), UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var passwordFile = Path.Combine(root, "initdb.pw");
        await File.WriteAllTextAsync(passwordFile, Secret("superuser"), cancellationToken).ConfigureAwait(false);
        await ExternalCommand.GiveToPostgresAsync(root).ConfigureAwait(false);
        string[] arguments = ["-D", Cluster, "-U", "postgres", "--pwfile", passwordFile, "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8"];
        var (exitCode, output) = await ExternalCommand.RunAsync(
            Path.Combine(bin, "initdb"), throwaway ? [.. arguments, "--no-sync"] : arguments, cancellationToken: cancellationToken).ConfigureAwait(false);
        File.Delete(passwordFile);
        if (exitCode != 0)
        {
            throw new StartupException($"initdb failed for {Cluster}: {output.Trim()}");
        }

        await File.WriteAllTextAsync(Marker, DateTimeOffset.UtcNow.ToString("O"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The port of a server already running on this cluster (started by an earlier host), if any.</summary>
    private async Task<int?> RunningPortAsync(string bin, CancellationToken cancellationToken)
    {
        var (exitCode, _) = await ExternalCommand.RunAsync(Path.Combine(bin, "pg_ctl"), ["status", "-D", Cluster], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            return null;
        }

        // postmaster.pid: line 4 holds the port the server listens on.
        var lines = await File.ReadAllLinesAsync(Path.Combine(Cluster, "postmaster.pid"), cancellationToken).ConfigureAwait(false);
        return int.Parse(lines[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> StartServerAsync(string bin, CancellationToken cancellationToken)
    {
        var port = LoopbackPorts.Free();
        var settings = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300";
        if (throwaway && !durableCommits)
        {
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }

        var log = Path.Combine(root, "server.log");
        var (exitCode, output) = (0, "");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            (exitCode, output) = await ExternalCommand.RunAsync(
                Path.Combine(bin, "pg_ctl"), ["start", "-D", Cluster, "-w", "-t", "60", "-l", log, "-o", settings], cancellationToken: cancellationToken).ConfigureAwait(false);
            if (exitCode == 0)
            {
                break;
            }

            // After a crash, backends of the dead server may hold its shared memory for a moment.
            await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken).ConfigureAwait(false);
        }

        if (exitCode != 0)
        {
            var tail = File.Exists(log) ? string.Join(' ', File.ReadLines(log).TakeLast(3)) : output;
            throw new StartupException($"PostgreSQL in {Cluster} did not start: {tail.Trim()}");
        }

        return port;
    }

    private static string RolesScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Regional.Postgres.roles.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Version VersionOf(string directory) =>
        Version.TryParse(Path.GetFileName(directory) + ".0", out var version) ? version : new Version(0, 0);

    private string SecretPath(string name) => Path.Combine(root, name + ".secret");

    private string Secret(string name) => File.ReadAllText(SecretPath(name)).Trim();
}
