using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Regional.Host.Security;

namespace Regional.Host.Pages;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimiting.Policy)]
public sealed class InloggenModel(SignInService signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Set by the rate limiter's redirect when this address tried too often.</summary>
    [BindProperty(SupportsGet = true, Name = "teveel")]
    public string? TooMany { get; set; }

    /// <summary>Set after a password change, which ended every session.</summary>
    [BindProperty(SupportsGet = true, Name = "gewijzigd")]
    public string? Changed { get; set; }

    /// <summary>Why the last attempt was refused, in the user's words; null when there was none.</summary>
    public string? Refusal { get; private set; }

    public void OnGet()
    {
        if (TooMany is not null)
        {
            Refusal = SignInRateLimiting.RefusedMessage;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.SignInAsync(
            UserName ?? "", Password ?? "", HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted).ConfigureAwait(false);
        if (result.Principal is null)
        {
            Refusal = result.LockedOut ? SignInMessages.LockedOut : SignInMessages.Failed;
            Response.StatusCode = result.LockedOut ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(AuthenticationSetup.Scheme, result.Principal).ConfigureAwait(false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
