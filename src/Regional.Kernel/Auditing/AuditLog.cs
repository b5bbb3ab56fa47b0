using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Persistence;

namespace Regional.Kernel.Auditing;

/// <summary>Which audit entries to read: by whom, about what, when (Dutch calendar days, both included).</summary>
public sealed record AuditQuery(string? Actor = null, string? Entity = null, string? EntityId = null, DateOnly? From = null, DateOnly? To = null)
{
    public bool IsFiltered => Actor is { Length: > 0 } || Entity is { Length: > 0 } || EntityId is { Length: > 0 } || From is not null || To is not null;
}

/// <summary>
/// Reads the region's audit log, newest first, a page at a time. Row-level security decides which entries the user
/// sees (a municipality's users only those about their own municipality); this only filters and pages.
/// </summary>
public sealed class AuditLog(KernelDbContext db)
{
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await Filtered(query).OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 100_000))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The kinds of things the user's entries speak of, for a filter.</summary>
    public async Task<IReadOnlyList<string>> EntitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.AuditLog.Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private IQueryable<AuditEntry> Filtered(AuditQuery query)
    {
        var entries = db.AuditLog.AsNoTracking();
        if (query.Actor is { Length: > 0 } actor)
        {
            entries = entries.Where(a => EF.Functions.ILike(a.ActorName, "%" + actor.Replace("%", "", StringComparison.Ordinal) + "%"));
        }

        if (query.Entity is { Length: > 0 } entity)
        {
            entries = entries.Where(a => a.Entity == entity);
        }

        if (query.EntityId is { Length: > 0 } id)
        {
            entries = entries.Where(a => a.EntityId == id);
        }

        if (query.From is { } from)
        {
            var start = Values.DutchTime.StartOf(from);
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = Values.DutchTime.StartOf(to.AddDays(1));
            entries = entries.Where(a => a.OccurredAt < end);
        }

        return entries;
    }
}
