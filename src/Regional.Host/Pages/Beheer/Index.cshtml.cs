using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Pages.Beheer;

[Authorize(Policy = Policies.PlatformAdministration)]
public sealed class IndexModel(RegionDirectory directory, TenantContext tenants) : PageModel
{
    public IReadOnlyList<(Region Region, int Members)> Regions { get; private set; } = [];

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
    }
}
