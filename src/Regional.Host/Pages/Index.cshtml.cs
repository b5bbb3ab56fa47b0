using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regional.Host.Tenancy;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Pages;

public sealed class IndexModel(RegionDirectory directory) : PageModel
{
    public IReadOnlyList<Region> Regions { get; private set; } = [];

    /// <summary>Users of one region go straight to it.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        Regions = await RegionList.VisibleToAsync(User, directory, HttpContext.RequestAborted).ConfigureAwait(false);
        return Regions.Count == 1 ? Redirect($"/regio/{Regions[0].Code}") : Page();
    }
}
