using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Host.Hosting;
using Regional.Kernel.Persistence;
using Regional.TestSupport;

namespace Regional.Host.Tests.Hosting;

/// <summary>
/// The migrations are written by hand, so prove they build exactly the schema the EF model expects:
/// one database migrated, one created from the model, and their catalogs compared. Policies and
/// triggers (RLS, append-only, balanced entries) live outside the EF model and have tests of their own.
/// </summary>
public sealed class SchemaMatchesModelTests(DemoDatabaseFixture migrated) : IClassFixture<DemoDatabaseFixture>
{
    private const string Schemas = "('kernel', 'keyring', 'purchasing', 'finance', 'monitoring', 'care')";

    private static readonly string[] CatalogQueries =
    [
        $"""
        SELECT table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable
        FROM information_schema.columns WHERE table_schema IN {Schemas} AND table_name <> '__ef_migrations_history'
        """,
        $"""
        SELECT schemaname || ' ' || indexdef FROM pg_indexes
        WHERE schemaname IN {Schemas} AND tablename <> '__ef_migrations_history'
        """,
        $"""
        SELECT n.nspname || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname IN {Schemas} AND c.contype <> 't' AND c.conrelid::regclass::text NOT LIKE '%__ef_migrations_history'
        """,
    ];

    [Fact]
    public async Task Migrated_schema_matches_the_schema_created_from_the_model()
    {
        var fromModel = await TestCluster.CreateEmptyDatabaseAsync();
        try
        {
            await CreateFromModelAsync(fromModel);
            foreach (var query in CatalogQueries)
            {
                var expected = await CatalogAsync(fromModel.Owner, query);
                var actual = await CatalogAsync(migrated.OwnerConnectionString, query);

                actual.Except(expected).ShouldBeEmpty("in the migrations but not in the model");
                expected.Except(actual).ShouldBeEmpty("in the model but not in the migrations");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await TestCluster.DropDatabaseAsync(fromModel.Name);
        }
    }

    private static async Task CreateFromModelAsync((string Name, string App, string Owner) database)
    {
        var (app, _) = await RegionalApp.BuildAsync([], b => TestConfiguration.Apply(b, database.App, database.Owner));
        await using (app)
        await using (var ownerDataSource = NpgsqlDataSource.Create(database.Owner))
        {
            await using var scope = app.Services.CreateAsyncScope();
            foreach (var target in app.Services.GetServices<MigrationTarget>())
            {
                await using var context = target.Create(scope.ServiceProvider, ownerDataSource);
                await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
            }
        }
    }

    private static async Task<HashSet<string>> CatalogAsync(string connectionString, string query)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new HashSet<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
