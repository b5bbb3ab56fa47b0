using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Kernel.Demo;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;
using Xunit;

namespace Regional.TestSupport;

/// <summary>
/// A module on its own, without the host: a new empty database migrated by the kernel's and the module's own
/// migrations, the seed regions with the module's own demo data, and the module's services in a plain service
/// collection (no web host, no silo, no other module). Tests run service-level work as a region's background work does.
/// </summary>
public abstract class ModuleFixture : IAsyncLifetime
{
    private ServiceProvider? provider;
    private NpgsqlDataSource? dataSource;
    private string name = "";

    /// <summary>The module under test, with what it needs: its registration and, for purchasing, the domain modules' catalogues.</summary>
    protected abstract IServiceCollection AddModule(IServiceCollection services);

    public IServiceProvider Services => provider!;

    public async Task InitializeAsync()
    {
        string app, owner;
        (name, app, owner) = await TestCluster.CreateEmptyDatabaseAsync();
        dataSource = NpgsqlDataSource.Create(app);
        provider = AddModule(new ServiceCollection().AddLogging().AddRegionalKernel(dataSource)).BuildServiceProvider();
        await using var ownerSource = NpgsqlDataSource.Create(owner);
        await using var scope = provider.CreateAsyncScope();
        foreach (var target in scope.ServiceProvider.GetServices<MigrationTarget>())
        {
            await using var context = target.Create(scope.ServiceProvider, ownerSource);
            await context.Database.MigrateAsync();
        }

        await scope.ServiceProvider.GetRequiredService<DemoRegionSeed>().SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await provider!.DisposeAsync();
        await dataSource!.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await TestCluster.DropDatabaseAsync(name);
    }

    /// <summary>Runs service-level work in a fresh scope, inside a region's tenant scope (all members).</summary>
    public Task<T> InRegionAsync<T>(string regionCode, Func<IServiceProvider, Task<T>> work) => RegionWork.RunAsync(Services, regionCode, work);
}
