using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Pages.Regio;

[Authorize(Policy = Policies.RegionAdministration)]
public sealed class LidmaatschapModel(RegionDirectory directory) : RegionPageModel
{
    [BindProperty]
    public string? CbsCode { get; set; }

    [BindProperty]
    public SocialDomain Domain { get; set; }

    [BindProperty]
    public DateOnly? ValidFrom { get; set; }

    [BindProperty]
    public DateOnly? ValidTo { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ValidFrom is null)
        {
            ModelState.AddModelError(nameof(ValidFrom), "Vul de begindatum in.");
            return Page();
        }

        try
        {
            await directory.AddMembershipAsync(new NewMembership(CbsCode ?? "", Domain, ValidFrom.Value, ValidTo), HttpContext.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }

        return Redirect($"/regio/{Access.Region.Code}");
    }
}
