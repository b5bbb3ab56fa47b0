using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Npgsql;
using NpgsqlTypes;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;

namespace Regional.Kernel.Auditing;

/// <summary>
/// Turns the tracked changes of a unit of work into audit rows and writes them in the same
/// transaction, so a change and its audit entry commit or fail together.
/// </summary>
internal static class AuditTrail
{
    private const string Insert = """
        INSERT INTO kernel.audit_log (id, region_id, municipality_id, occurred_at, actor_id, actor_name, action, entity, entity_id, changes)
        SELECT * FROM unnest(@id, @region_id, @municipality_id, @occurred_at, @actor_id, @actor_name, @action, @entity, @entity_id, @changes::jsonb[])
        """;

    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public static List<AuditEntry> Capture(ChangeTracker tracker, ICurrentActor actor, DateTimeOffset now) =>
        tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry)
            .Select(e => new AuditEntry
            {
                RegionId = (e.Entity as IRegionOwned)?.RegionId,
                MunicipalityId = NamedMunicipality(e),
                OccurredAt = now,
                ActorId = actor.UserId,
                ActorName = actor.Name,
                Action = e.State.ToString(),
                Entity = e.Metadata.ClrType.Name,
                EntityId = string.Join('/', e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue)),
                Changes = Describe(e),
            })
            .ToList();

    public static async Task WriteAsync(DbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(
            Insert,
            [
                Array(entries.Select(e => e.Id), NpgsqlDbType.Uuid, "id"),
                Array(entries.Select(e => e.RegionId), NpgsqlDbType.Uuid, "region_id"),
                Array(entries.Select(e => e.MunicipalityId), NpgsqlDbType.Uuid, "municipality_id"),
                Array(entries.Select(e => e.OccurredAt), NpgsqlDbType.TimestampTz, "occurred_at"),
                Array(entries.Select(e => e.ActorId), NpgsqlDbType.Uuid, "actor_id"),
                Array(entries.Select(e => e.ActorName), NpgsqlDbType.Text, "actor_name"),
                Array(entries.Select(e => e.Action), NpgsqlDbType.Text, "action"),
                Array(entries.Select(e => e.Entity), NpgsqlDbType.Text, "entity"),
                Array(entries.Select(e => e.EntityId), NpgsqlDbType.Text, "entity_id"),
                Array(entries.Select(e => e.Changes), NpgsqlDbType.Text, "changes"),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlParameter Array<T>(IEnumerable<T> values, NpgsqlDbType type, string name) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };

    // Any row with a municipality column names that member, whether it is owned by one (IMunicipalityOwned) or only
    // optionally tied to one (a posting on a member's account).
    private static Guid? NamedMunicipality(EntityEntry entry) =>
        entry.Metadata.FindProperty("MunicipalityId") is { } property ? entry.Property(property.Name).CurrentValue as Guid? : null;

    private static string Describe(EntityEntry entry)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var sensitive = property.Metadata.PropertyInfo?.GetCustomAttribute<SensitiveAttribute>() is not null;
            object? Shown(object? value) => sensitive && value is not null ? "***" : value;
            switch (entry.State)
            {
                case EntityState.Added:
                    values[property.Metadata.Name] = Shown(property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    values[property.Metadata.Name] = Shown(property.OriginalValue);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    values[property.Metadata.Name] = new { from = Shown(property.OriginalValue), to = Shown(property.CurrentValue) };
                    break;
            }
        }

        return JsonSerializer.Serialize(values, JsonOptions);
    }
}
