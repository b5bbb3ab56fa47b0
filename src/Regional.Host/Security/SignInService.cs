using Regional.Host.Telemetry;
using System.Security.Claims;
using Regional.Kernel.Identity;

namespace Regional.Host.Security;

/// <summary>The answer to a sign-in: a principal for a new session, or why not.</summary>
public sealed record SignInResult(ClaimsPrincipal? Principal, bool LockedOut);

/// <summary>
/// Signs in by the kernel's password check (<see cref="PasswordSignIn"/>) under the configured lockout, and turns a new
/// session into the cookie's principal. The answer never says which part was wrong.
/// </summary>
public sealed class SignInService(PasswordSignIn passwords, HostTelemetry telemetry, SignInLimits limits)
{
    public async Task<SignInResult> SignInAsync(string userName, string password, string? remoteAddress, CancellationToken cancellationToken)
    {
        var attempt = await passwords.SignInAsync(userName, password, remoteAddress, limits.FailuresBeforeLockout, limits.Lockout, cancellationToken)
            .ConfigureAwait(false);
        var outcome = attempt.LockedOut ? "locked_out" : attempt.User is null ? "failure" : "success";
        telemetry.SignIns.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        return new SignInResult(
            attempt.User is { } user ? RegionalClaims.ToPrincipal(user, attempt.SessionId, attempt.SecurityStamp, AuthenticationSetup.Scheme) : null,
            attempt.LockedOut);
    }
}
