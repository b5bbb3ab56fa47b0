using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;
using Regional.TestSupport;

namespace Regional.Kernel.Tests;

/// <summary>A fresh test database with the kernel's services on it, as the app role, without the web host.</summary>
public sealed class KernelFixture : DatabaseFixture
{
    private ServiceProvider? provider;
    private NpgsqlDataSource? dataSource;

    public TenantContext Tenants => provider!.GetRequiredService<TenantContext>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        dataSource = NpgsqlDataSource.Create(AppConnectionString);
        var services = new ServiceCollection().AddLogging().AddRegionalKernel(dataSource);
        services.AddScoped<RegionDirectory>();
        provider = services.BuildServiceProvider();
    }

    public override async Task DisposeAsync()
    {
        await provider!.DisposeAsync();
        await dataSource!.DisposeAsync();
        await base.DisposeAsync();
    }

    public AsyncServiceScope Scope() => provider!.CreateAsyncScope();

    /// <summary>The region directory in a new scope, and the id of a seed region.</summary>
    public async Task<(AsyncServiceScope Scope, RegionDirectory Directory, Guid RegionId)> DirectoryForAsync(string regionCode)
    {
        var scope = Scope();
        var directory = scope.ServiceProvider.GetRequiredService<RegionDirectory>();
        var region = (await directory.RegionsAsync()).Single(r => r.Code == regionCode);
        return (scope, directory, region.Id);
    }
}
