using Npgsql;
using Xunit;

namespace Regional.TestSupport;

/// <summary>A fresh copy of the seeded template database for one test class, dropped afterwards.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    public string Name { get; private set; } = "";

    /// <summary>The app's role: owns nothing, cannot bypass row-level security.</summary>
    public string AppConnectionString { get; private set; } = "";

    public string OwnerConnectionString { get; private set; } = "";

    public string SuperuserConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        var server = await TestCluster.GetAsync();
        Name = await TestCluster.CreateDatabaseAsync();
        AppConnectionString = server.AppConnectionString(Name);
        OwnerConnectionString = server.OwnerConnectionString(Name);
        SuperuserConnectionString = new NpgsqlConnectionStringBuilder(server.SuperuserConnectionString) { Database = Name }.ConnectionString;
    }

    public virtual async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestCluster.DropDatabaseAsync(Name);
    }

    /// <summary>Runs one scalar query as the superuser (to look behind RLS when a test must).</summary>
    public async Task<T> ScalarAsSuperuserAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(SuperuserConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
