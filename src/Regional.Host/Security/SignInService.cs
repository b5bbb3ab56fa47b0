using Regional.Host.Telemetry;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Identity;
using Regional.Kernel.Persistence;

namespace Regional.Host.Security;

/// <summary>
/// Checks a user name and password and records the attempt. The answer never says which part was
/// wrong, and an unknown name costs as much time as a wrong password.
/// </summary>
public sealed class SignInService(KernelDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, HostTelemetry telemetry)
{
    private static readonly User Nobody = new() { UserName = "", DisplayName = "", PasswordHash = "" };

    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(Nobody, "not-a-password");

    public async Task<ClaimsPrincipal?> SignInAsync(string userName, string password, string? remoteAddress, string scheme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var name = userName.Trim().ToLowerInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.UserName == name, cancellationToken).ConfigureAwait(false);
        var result = hasher.VerifyHashedPassword(user ?? Nobody, user?.PasswordHash ?? DummyHash, password ?? "");
        var succeeded = user is not null && result != PasswordVerificationResult.Failed;
        if (succeeded && result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user!.PasswordHash = hasher.HashPassword(user, password!);
        }

        db.SignInEvents.Add(new SignInEvent
        {
            OccurredAt = clock.GetUtcNow(),
            UserName = name,
            UserId = user?.Id,
            Succeeded = succeeded,
            RemoteAddress = remoteAddress,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        telemetry.SignIns.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure"));
        return succeeded ? RegionalClaims.ToPrincipal(user!, scheme) : null;
    }
}
