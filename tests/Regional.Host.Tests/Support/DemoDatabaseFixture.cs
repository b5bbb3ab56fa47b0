using Microsoft.Extensions.DependencyInjection;
using Regional.Host.Hosting;
using Regional.Host.Database;
using Regional.Kernel.Demo;
using Regional.Postgres;
using Regional.TestSupport;

namespace Regional.Host.Tests;

/// <summary>
/// A copy of the demo database as the platform makes it: the host migrates every schema and seeds the demo regions, their
/// users (with <see cref="TestPasswords"/>) and every module's demo data, once per test run, into a template.
/// </summary>
public class DemoDatabaseFixture : DatabaseFixture
{
    protected override Task<string> CreateDatabaseAsync() => TestCluster.CopyOfAsync("regional_template", PrepareAsync);

    private static async Task PrepareAsync(LocalPostgresServer server, string template)
    {
        var (app, connections) = await RegionalApp.BuildAsync(
            [], builder => TestConfiguration.Apply(builder, server.AppConnectionString(template), server.OwnerConnectionString(template)));
        await using (app)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(connections.Owner);
            await app.StartAsync();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync(TestPasswords.For);
            }

            await app.StopAsync();
        }
    }
}
