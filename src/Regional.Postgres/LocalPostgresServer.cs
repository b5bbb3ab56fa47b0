using System.Globalization;
using Npgsql;

namespace Regional.Postgres;

/// <summary>A running private cluster, with the connection strings of its owner and app roles.</summary>
public sealed class LocalPostgresServer(
    string bin, string cluster, int port, string superuserPassword, string ownerPassword, string appPassword, bool startedHere)
{
    public int Port => port;

    /// <summary>True when this process started the server, and so should stop it on exit.</summary>
    public bool StartedHere => startedHere;

    public string SuperuserConnectionString => Build("postgres", "postgres", superuserPassword);

    public string OwnerConnectionString(string database = LocalPostgres.DatabaseName) => Build(database, "regional_owner", ownerPassword);

    public string AppConnectionString(string database = LocalPostgres.DatabaseName) => Build(database, "regional_web", appPassword);

    /// <summary>Runs infra/postgres/roles.sql: the same script an operator runs on a real cluster.</summary>
    public async Task EnsureRolesAndDatabaseAsync(string rolesScript, CancellationToken cancellationToken)
    {
        var script = rolesScript
            .Replace(":owner_password", Quote(ownerPassword), StringComparison.Ordinal)
            .Replace(":app_password", Quote(appPassword), StringComparison.Ordinal);
        var (exitCode, output) = await ExternalCommand.RunAsync(
            Path.Combine(bin, "psql"),
            ["-v", "ON_ERROR_STOP=1", "-q", "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", "postgres"],
            script,
            new Dictionary<string, string> { ["PGPASSWORD"] = superuserPassword },
            cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new StartupException($"Setting up roles in the private PostgreSQL failed: {output.Trim()}");
        }
    }

    public async Task StopAsync()
    {
        await ExternalCommand.RunAsync(Path.Combine(bin, "pg_ctl"), ["stop", "-D", cluster, "-m", "fast", "-w"]).ConfigureAwait(false);
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private string Build(string database, string user, string password) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Database = database,
        Username = user,
        Password = password,
    }.ConnectionString;
}
