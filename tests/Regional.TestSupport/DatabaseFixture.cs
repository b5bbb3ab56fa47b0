using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Kernel.Persistence;
using Xunit;

namespace Regional.TestSupport;

/// <summary>A database of its own for one test class on the run's throwaway cluster, dropped afterwards.</summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    public string Name { get; private set; } = "";

    /// <summary>The app's role: owns nothing, cannot bypass row-level security.</summary>
    public string AppConnectionString { get; private set; } = "";

    public string OwnerConnectionString { get; private set; } = "";

    public string SuperuserConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        var server = await TestCluster.GetAsync();
        Name = await CreateDatabaseAsync();
        AppConnectionString = server.AppConnectionString(Name);
        OwnerConnectionString = server.OwnerConnectionString(Name);
        SuperuserConnectionString = new NpgsqlConnectionStringBuilder(server.SuperuserConnectionString) { Database = Name }.ConnectionString;
    }

    /// <summary>Creates the database of this fixture and returns its name.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

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

    /// <summary>
    /// Runs one scalar query as the app on behalf of one member's own user (its municipality only, not the whole region):
    /// what it sees is what the database's row-level security lets that user see.
    /// </summary>
    public async Task<T> ScalarAsMemberAsync<T>(string regionCode, string cbsCode, string sql)
    {
        var region = await ScalarAsSuperuserAsync<Guid>($"SELECT id FROM kernel.regions WHERE code = '{regionCode}'");
        var member = await ScalarAsSuperuserAsync<Guid>($"SELECT id FROM kernel.municipalities WHERE cbs_code = '{cbsCode}'");
        await using var connection = new NpgsqlConnection(AppConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await SetTenantAsync(connection, region, [member], wholeRegion: false);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Sets the tenant on a connection's open transaction, as the kernel's interceptor does for the app.</summary>
    public static async Task SetTenantAsync(NpgsqlConnection connection, Guid region, Guid[] municipalities, bool wholeRegion = true)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        await using var command = new NpgsqlCommand(
            "SELECT set_config('app.region_id', @r, true), set_config('app.municipality_ids', @m, true), set_config('app.whole_region', @w, true)", connection);
        command.Parameters.AddWithValue("r", region.ToString());
        command.Parameters.AddWithValue("m", "{" + string.Join(',', municipalities) + "}");
        command.Parameters.AddWithValue("w", wholeRegion ? "on" : "off");
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs SQL as the superuser (to put a database back to an earlier state, or break it on purpose).</summary>
    public Task ExecuteAsSuperuserAsync(string sql) => TestCluster.ExecuteAsync(SuperuserConnectionString, sql);

    /// <summary>Runs one schema's pending migrations as the owner role, as the <c>migrate</c> verb does, with the modules that register it.</summary>
    public async Task MigrateSchemaAsync(string schema, Func<IServiceCollection, IServiceCollection> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        await using var owner = NpgsqlDataSource.Create(OwnerConnectionString);
        await using var app = NpgsqlDataSource.Create(AppConnectionString);
        await using var services = modules(new ServiceCollection().AddLogging().AddRegionalKernel(app)).BuildServiceProvider();
        await services.GetServices<MigrationTarget>().Single(t => t.Schema == schema).MigrateAsync(services, owner);
    }

    /// <summary>Runs a scalar query as the superuser until its answer passes <paramref name="done"/> (or 30 seconds pass): for work a background worker finishes.</summary>
    public async Task<T> ScalarEventuallyAsync<T>(string sql, Func<T, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var answer = await ScalarAsSuperuserAsync<T>(sql);
        while (!done(answer) && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
            answer = await ScalarAsSuperuserAsync<T>(sql);
        }

        return answer;
    }
}
