using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Regional.Kernel.Persistence;

/// <summary>
/// Named locks held until the current transaction ends (PostgreSQL advisory locks): they serialise work on one thing
/// across requests and replicas, and a crashed holder releases its lock with its connection.
/// </summary>
public static class TransactionLocks
{
    /// <summary>Waits for the lock named <paramref name="name"/>; two names sharing a 64-bit hash only serialise a little more.</summary>
    public static async Task LockAsync(this DatabaseFacade database, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({name}, 0))", cancellationToken).ConfigureAwait(false);
    }
}
