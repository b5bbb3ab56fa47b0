using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regional.Host.Security;

namespace Regional.Host.Pages;

public sealed class UitloggenModel(UserSessions sessions) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.SignOutAsync(HttpContext).ConfigureAwait(false);
        return LocalRedirect("/inloggen");
    }
}
