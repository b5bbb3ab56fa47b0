using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;

namespace Regional.Kernel.Identity;

/// <summary>
/// The sessions a cookie can name: current until ended at sign-out, and void for every session of a user once the
/// user's security stamp changes (password or roles).
/// </summary>
public sealed class SessionRegister(KernelDbContext db, TimeProvider clock)
{
    public async Task<bool> IsCurrentAsync(Guid sessionId, Guid userId, Guid securityStamp, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Sessions.AnyAsync(
            s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null && db.Users.Any(u => u.Id == userId && u.SecurityStamp == securityStamp),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        await db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
