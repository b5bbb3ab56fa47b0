using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regional.Host.Cluster;
using Regional.Kernel.Identity;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Pages.Beheer;

[Authorize(Policy = Policies.PlatformAdministration)]
public sealed class IndexModel(RegionDirectory directory, TenantContext tenants, PasswordSignIn signIns, ClusterOverview cluster) : PageModel
{
    public IReadOnlyList<(Region Region, int Members)> Regions { get; private set; } = [];

    public IReadOnlyList<SignInEvent> SignIns { get; private set; } = [];

    public IReadOnlyList<SiloView> Silos { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var result = new List<(Region, int)>();
        foreach (var region in await directory.RegionsAsync(HttpContext.RequestAborted).ConfigureAwait(false))
        {
            // Members are tenant rows: count them inside each region's own scope.
            using var scope = tenants.Begin(TenantScope.RegionOnly(region.Id));
            result.Add((region, (await directory.MembersAsync(HttpContext.RequestAborted).ConfigureAwait(false)).Count));
        }

        Regions = result;
        Silos = await cluster.SilosAsync().ConfigureAwait(false);
        SignIns = await signIns.RecentAsync(50, HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
