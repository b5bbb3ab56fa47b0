using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;

namespace Regional.Kernel.Identity;

/// <summary>What a sign-in came to: the user with their new session and security stamp, or nobody, and whether the name was locked.</summary>
public sealed record SignInAttempt(User? User, Guid SessionId, Guid SecurityStamp, bool LockedOut);

/// <summary>
/// Checks a user name and password, records the attempt and starts a session. An unknown name costs as much time as a
/// wrong password. After too many recent failures a name is locked for a while, the same for names that exist and names
/// that do not, so the lock tells nothing either.
/// </summary>
public sealed class PasswordSignIn(KernelDbContext db, IPasswordHasher<User> hasher, TimeProvider clock)
{
    private static readonly User Nobody = new() { UserName = "", DisplayName = "", PasswordHash = "" };

    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(Nobody, "not-a-password");

    public async Task<SignInAttempt> SignInAsync(
        string userName, string password, string? remoteAddress, int failuresBeforeLockout, TimeSpan lockout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var name = userName.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow();
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        // One attempt per name at a time, across replicas, so guesses sent in parallel are counted as they are made.
        await db.Database.LockAsync("sign-in:" + name, cancellationToken).ConfigureAwait(false);
        var lockedOut = await FailuresAsync(name, now - lockout, cancellationToken).ConfigureAwait(false) >= failuresBeforeLockout;
        var user = lockedOut ? null : await CheckPasswordAsync(name, password ?? "", cancellationToken).ConfigureAwait(false);
        db.SignInEvents.Add(new SignInEvent
        {
            OccurredAt = now,
            UserName = name,
            UserId = user?.Id,
            Succeeded = user is not null,
            LockedOut = lockedOut,
            RemoteAddress = remoteAddress,
        });
        var session = user is null ? null : db.Sessions.Add(new UserSession { UserId = user.Id, StartedAt = now }).Entity;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        // Read after saving: a rehashed password has just renewed the stamp.
        var stamp = user is null ? Guid.Empty
            : await db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync(cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return new SignInAttempt(user, session?.Id ?? Guid.Empty, stamp, lockedOut);
    }

    /// <summary>The latest attempts, newest first, for the platform administrator.</summary>
    public async Task<IReadOnlyList<SignInEvent>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.SignInEvents.AsNoTracking().OrderByDescending(e => e.OccurredAt).Take(count).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<User?> CheckPasswordAsync(string name, string password, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.UserName == name, cancellationToken).ConfigureAwait(false);
        var result = hasher.VerifyHashedPassword(user ?? Nobody, user?.PasswordHash ?? DummyHash, password);
        if (user is null || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        return user;
    }

    // Failures since the last success within the lockout period; attempts refused by the lock do not extend it.
    private async Task<int> FailuresAsync(string name, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var recent = db.SignInEvents.Where(e => e.UserName == name && e.OccurredAt > since);
        var lastSuccess = await recent.Where(e => e.Succeeded).MaxAsync(e => (DateTimeOffset?)e.OccurredAt, cancellationToken).ConfigureAwait(false);
        return await recent.CountAsync(e => !e.Succeeded && !e.LockedOut && (lastSuccess == null || e.OccurredAt > lastSuccess), cancellationToken)
            .ConfigureAwait(false);
    }
}
