using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Regional.Web;

/// <summary>Base of pages under /regio/{region}: the region and the user's access, resolved by the tenant middleware.</summary>
public abstract class RegionPageModel : PageModel
{
    public RegionAccess Access => HttpContext.Features.Get<RegionAccess>()
        ?? throw new InvalidOperationException("Region pages need the tenant middleware to resolve {region}.");
}
