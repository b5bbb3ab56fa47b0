using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Events;

/// <summary>An event handed to one worker for a while, with the region it belongs to.</summary>
public sealed record ClaimedEvent(Guid Id, Guid RegionId, string Name, string Payload);

/// <summary>A region's events that operators must look at: given up after the last attempt, or waiting too long.</summary>
public sealed record OutboxBacklog(string Region, int GivenUp, int Waiting);

/// <summary>
/// The outbox as its workers see it, across regions (outside any tenant scope): the database hands out waiting events
/// oldest first, each to one worker at a time (a lease, so the events of a worker that died are handed out again),
/// and records each delivery or failure; a failed event waits longer after each attempt (2, 4, 8 ... up to 300 seconds).
/// </summary>
public sealed class OutboxDelivery(KernelDbContext db, TenantContext tenants, RegionDirectory directory, TimeProvider clock)
{
    /// <summary>After this many attempts an event is no longer handed out (as <c>kernel.claim_outbox_messages</c> has it).</summary>
    public const int MaxAttempts = 10;

    public async Task<IReadOnlyList<ClaimedEvent>> ClaimAsync(int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await db.Database.SqlQuery<ClaimedEvent>(
            $"""SELECT message_id AS "Id", message_region_id AS "RegionId", message_name AS "Name", message_payload AS "Payload" FROM kernel.claim_outbox_messages({count}, {(int)lease.TotalSeconds})""")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    /// <param name="failure">Null when every handler took the event; else what went wrong, kept for the next attempt.</param>
    public async Task FinishAsync(Guid id, string? failure, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT kernel.finish_outbox_message({id}, {failure})", cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Per region, the events given up and those undelivered for longer than <paramref name="waitingLongerThan"/>.</summary>
    public Task<IReadOnlyList<OutboxBacklog>> BacklogAsync(TimeSpan waitingLongerThan, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - waitingLongerThan;
        return directory.EachRegionAsync(tenants, async region =>
        {
            await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
            var undelivered = db.Outbox.Where(m => m.DeliveredAt == null);
            var givenUp = await undelivered.CountAsync(m => m.Attempts >= MaxAttempts, cancellationToken).ConfigureAwait(false);
            var waiting = await undelivered.CountAsync(m => m.Attempts < MaxAttempts && m.CreatedAt < since, cancellationToken).ConfigureAwait(false);
            return givenUp + waiting > 0 ? new OutboxBacklog(region.Code, givenUp, waiting) : null;
        }, cancellationToken);
    }
}
