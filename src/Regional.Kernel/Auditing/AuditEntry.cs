namespace Regional.Kernel.Auditing;

/// <summary>One change made through the app: who, when, what, in which tenant. Append-only.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The region the change belongs to; null for platform-level changes (users, regions).</summary>
    public Guid? RegionId { get; init; }

    /// <summary>
    /// The member municipality the changed row belongs to, if it names one: then only users who see that municipality
    /// (or the whole region) read the entry. Null for region-level changes, which municipality-bound users do not read.
    /// </summary>
    public Guid? MunicipalityId { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? ActorId { get; init; }

    public required string ActorName { get; init; }

    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; init; }

    public required string Entity { get; init; }

    public required string EntityId { get; init; }

    /// <summary>JSON: the new values of an added row, the old values of a deleted one, from/to of a change.</summary>
    public required string Changes { get; init; }
}
