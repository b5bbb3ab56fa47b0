using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regional.Host.Security;

namespace Regional.Host.Pages;

public sealed class UitloggenModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AuthenticationSetup.Scheme).ConfigureAwait(false);
        return LocalRedirect("/inloggen");
    }
}
