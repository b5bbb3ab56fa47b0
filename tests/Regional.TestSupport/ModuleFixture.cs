using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Regional.Kernel.Demo;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;
using Regional.Postgres;

namespace Regional.TestSupport;

/// <summary>
/// A module on its own, without the host: a new empty database migrated by the kernel's and the module's own
/// migrations, the seed regions with the module's own demo data, and the module's services in a generic host (no web
/// server, no other module than those it builds on, a silo only where its grains need one). Tests run service-level
/// work as a region's background work does.
/// </summary>
public abstract class ModuleFixture : DatabaseFixture
{
    private IHost? host;

    /// <summary>The module under test and the modules it builds on.</summary>
    protected abstract IServiceCollection AddModule(IServiceCollection services);

    /// <summary>What the module needs of its process besides services: a silo, for a module whose grains own money.</summary>
    protected virtual void ConfigureHost(IHostApplicationBuilder builder)
    {
    }

    /// <summary>A one-silo cluster in the process, for the grains that own pools and budget accounts (Finance, and what builds on it).</summary>
    protected static void AddSilo(IHostApplicationBuilder builder) =>
        builder.UseOrleans(silo => silo.UseLocalhostClustering(LoopbackPorts.Free(), LoopbackPorts.Free()));

    public IServiceProvider Services => host!.Services;

    protected override async Task<string> CreateDatabaseAsync() => (await TestCluster.CreateEmptyDatabaseAsync()).Name;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        AddModule(builder.Services.AddLogging().AddRegionalKernel(NpgsqlDataSource.Create(AppConnectionString)));
        ConfigureHost(builder);
        host = builder.Build();
        await using (var owner = NpgsqlDataSource.Create(OwnerConnectionString))
        {
            foreach (var target in host.Services.GetServices<MigrationTarget>())
            {
                await target.MigrateAsync(host.Services, owner);
            }
        }

        await host.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoRegionSeed>().SeedAsync();
    }

    public override async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }

        await base.DisposeAsync();
    }

    /// <summary>Runs service-level work in a fresh scope, inside a region's tenant scope (all members).</summary>
    public Task<T> InRegionAsync<T>(string regionCode, Func<IServiceProvider, Task<T>> work) => RegionWork.RunAsync(Services, regionCode, work);
}
