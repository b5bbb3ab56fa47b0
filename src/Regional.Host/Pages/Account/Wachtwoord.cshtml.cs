using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regional.Host.Security;
using Regional.Kernel.Identity;
using Regional.Kernel.Security;

namespace Regional.Host.Pages.Account;

/// <summary>Changing one's own password; afterwards every session of the user has ended and they sign in again.</summary>
public sealed class WachtwoordModel(PasswordChange change) : PageModel
{
    [BindProperty]
    public string? Huidig { get; set; }

    [BindProperty]
    public string? Nieuw { get; set; }

    [BindProperty]
    public string? Herhaling { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await change.ChangeAsync(User.UserId()!.Value, Huidig ?? "", Nieuw ?? "", Herhaling ?? "", HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }

        await HttpContext.SignOutAsync(AuthenticationSetup.Scheme).ConfigureAwait(false);
        return LocalRedirect("/inloggen?gewijzigd=1");
    }
}
