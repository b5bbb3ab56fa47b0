using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;

namespace Regional.Kernel.Identity;

/// <summary>
/// A user changes their own password, proving the current one. The new hash renews the user's security stamp (a
/// database trigger), so every session of the user ends, this one too: they sign in again with the new password.
/// </summary>
public sealed class PasswordChange(KernelDbContext db, IPasswordHasher<User> hasher)
{
    public const int MinimumLength = 12;

    public async Task ChangeAsync(Guid userId, string current, string replacement, string repeated, CancellationToken cancellationToken)
    {
        if (replacement is not { Length: >= MinimumLength })
        {
            throw new RuleViolationException("Nieuw", $"Kies een nieuw wachtwoord van ten minste {MinimumLength} tekens.");
        }

        if (replacement != repeated)
        {
            throw new RuleViolationException("Herhaling", "De herhaling is niet gelijk aan het nieuwe wachtwoord.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, current ?? "") == PasswordVerificationResult.Failed)
        {
            throw new RuleViolationException("Huidig", "Het huidige wachtwoord klopt niet; er is niets gewijzigd.");
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, replacement) != PasswordVerificationResult.Failed)
        {
            throw new RuleViolationException("Nieuw", "Het nieuwe wachtwoord is gelijk aan het huidige.");
        }

        user.PasswordHash = hasher.HashPassword(user, replacement);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
