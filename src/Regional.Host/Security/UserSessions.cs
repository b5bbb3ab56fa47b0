using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;

namespace Regional.Host.Security;

/// <summary>
/// A cookie is only as good as the session it names: ended at sign-out, and void for every session of a user
/// once the user's security stamp changes (password or roles). Checked on every request, so it holds at once on
/// every replica.
/// </summary>
public sealed class UserSessions(KernelDbContext db, TimeProvider clock)
{
    public async Task<bool> IsCurrentAsync(System.Security.Claims.ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.SessionId() is not { } sessionId || principal.UserId() is not { } userId || principal.SecurityStamp() is not { } stamp)
        {
            return false;
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Sessions.AnyAsync(
            s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null && db.Users.Any(u => u.Id == userId && u.SecurityStamp == stamp),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the request's session in the database and removes its cookie.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.User.SessionId() is { } sessionId)
        {
            var now = clock.GetUtcNow();
            await using var work = await db.BeginWorkAsync(http.RequestAborted).ConfigureAwait(false);
            await db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), http.RequestAborted).ConfigureAwait(false);
            await work.CompleteAsync(http.RequestAborted).ConfigureAwait(false);
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
