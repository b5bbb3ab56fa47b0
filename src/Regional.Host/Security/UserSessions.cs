using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Regional.Kernel.Identity;

namespace Regional.Host.Security;

/// <summary>
/// A cookie is only as good as the session it names in the kernel's <see cref="SessionRegister"/>: checked on every
/// request, so a sign-out or a changed password holds at once on every replica.
/// </summary>
public sealed class UserSessions(SessionRegister sessions)
{
    public async Task<bool> IsCurrentAsync(System.Security.Claims.ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.SessionId() is not { } sessionId || principal.UserId() is not { } userId || principal.SecurityStamp() is not { } stamp)
        {
            return false;
        }

        return await sessions.IsCurrentAsync(sessionId, userId, stamp, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the request's session in the database and removes its cookie.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.User.SessionId() is { } sessionId)
        {
            await sessions.EndAsync(sessionId, http.RequestAborted).ConfigureAwait(false);
        }

        await http.SignOutAsync(AuthenticationSetup.Scheme).ConfigureAwait(false);
    }

    /// <summary>The cookie handler's check of every request's principal.</summary>
    internal static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        if (context.Principal is { } principal && await sessions.IsCurrentAsync(principal, context.HttpContext.RequestAborted).ConfigureAwait(false))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name).ConfigureAwait(false);
    }
}
