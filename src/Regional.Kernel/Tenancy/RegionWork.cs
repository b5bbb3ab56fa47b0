using Microsoft.Extensions.DependencyInjection;

namespace Regional.Kernel.Tenancy;

/// <summary>Work outside a request (jobs, tools, tests) in a fresh scope inside one region's tenant scope, seeing all its members.</summary>
public static class RegionWork
{
    public static async Task<T> RunAsync<T>(IServiceProvider services, string regionCode, Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = services.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantContext>();
        var directory = scope.ServiceProvider.GetRequiredService<RegionDirectory>();
        var region = (await directory.RegionsAsync().ConfigureAwait(false)).Single(r => r.Code == regionCode);
        using (tenants.Begin(await directory.WholeRegionScopeAsync(tenants, region.Id).ConfigureAwait(false)))
        {
            return await work(scope.ServiceProvider).ConfigureAwait(false);
        }
    }
}
