using Npgsql;

namespace Regional.Host.Database;

/// <summary>
/// Where the data lives. The app connects as a role that owns nothing; the owner connection (for
/// migrations) is optional in production, where migrations may run from a separate job.
/// </summary>
public sealed record DatabaseConnections(string App, string? Owner, LocalPostgresServer? LocalServer)
{
    /// <summary>Where the private database lives (null for a configured one); its key ring's key is kept there.</summary>
    public string? PrivateDataDirectory { get; init; }

    /// <summary>
    /// Uses <c>ConnectionStrings:Regional</c> (and <c>ConnectionStrings:RegionalOwner</c>) when set;
    /// otherwise starts the private cluster in <c>Regional:DataDirectory</c> (default <c>.data/postgres</c>
    /// beside Regional.sln).
    /// </summary>
    public static async Task<DatabaseConnections> ResolveAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var app = configuration.GetConnectionString("Regional");
        if (!string.IsNullOrWhiteSpace(app))
        {
            var connections = new DatabaseConnections(app, configuration.GetConnectionString("RegionalOwner"), null);
            await connections.CheckAsync(cancellationToken).ConfigureAwait(false);
            return connections;
        }

        var root = configuration["Regional:DataDirectory"] ?? Path.Combine(RepositoryRoot(), ".data", "postgres");
        var server = await new LocalPostgres(root).StartAsync(configuration["Regional:PostgresBin"], cancellationToken).ConfigureAwait(false);
        return new DatabaseConnections(server.AppConnectionString(), server.OwnerConnectionString(), server) { PrivateDataDirectory = root };
    }

    /// <summary>Fails with one line that names the database and says what to do.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        NpgsqlConnectionStringBuilder target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(App);
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"ConnectionStrings:Regional is not a valid PostgreSQL connection string ({e.Message}).", e);
        }

        try
        {
            await using var connection = new NpgsqlConnection(App);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            throw new StartupException(
                $"Cannot connect to PostgreSQL at {target.Host}:{target.Port}, database '{target.Database}', user '{target.Username}': {e.Message}. " +
                "Fix ConnectionStrings:Regional, or unset it to run a private development database.", e);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Regional.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
