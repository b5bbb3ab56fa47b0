using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;

namespace Regional.Kernel.Events;

/// <summary>An event handed to one worker for a while, with the region it belongs to.</summary>
public sealed record ClaimedEvent(Guid Id, Guid RegionId, string Name, string Payload);

/// <summary>
/// The outbox as its workers see it, across regions (outside any tenant scope): the database hands out waiting events
/// oldest first, each to one worker at a time (a lease, so the events of a worker that died are handed out again),
/// and records each delivery or failure; a failed event waits longer after each attempt (2, 4, 8 ... up to 300 seconds).
/// </summary>
public sealed class OutboxDelivery(KernelDbContext db)
{
    public async Task<IReadOnlyList<ClaimedEvent>> ClaimAsync(int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await db.Database.SqlQuery<ClaimedEvent>(
            $"""SELECT message_id AS "Id", message_region_id AS "RegionId", message_name AS "Name", message_payload AS "Payload" FROM kernel.claim_outbox_messages({count}, {(int)lease.TotalSeconds})""")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    /// <param name="failure">Null when every handler took the event; else what went wrong, kept for the next attempt.</param>
    public async Task FinishAsync(Guid id, string? failure, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT kernel.finish_outbox_message({id}, {failure})", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
