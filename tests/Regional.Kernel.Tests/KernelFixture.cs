using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Tenancy;
using Regional.TestSupport;

namespace Regional.Kernel.Tests;

/// <summary>The kernel on its own (<see cref="ModuleFixture"/> with no module): its services, as the app role, on a database its own migrations built.</summary>
public sealed class KernelFixture : ModuleFixture
{
    public TenantContext Tenants => Services.GetRequiredService<TenantContext>();

    protected override IServiceCollection AddModule(IServiceCollection services) => services;

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>The region directory in a new scope, and the id of a seed region.</summary>
    public async Task<(AsyncServiceScope Scope, RegionDirectory Directory, Guid RegionId)> DirectoryForAsync(string regionCode)
    {
        var scope = Scope();
        var directory = scope.ServiceProvider.GetRequiredService<RegionDirectory>();
        var region = (await directory.RegionsAsync()).Single(r => r.Code == regionCode);
        return (scope, directory, region.Id);
    }
}
