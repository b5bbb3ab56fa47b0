using Regional.Kernel.Persistence;

namespace Regional.Kernel.Events;

/// <summary>
/// An integration event waiting in the outbox or delivered. Written only by <see cref="IntegrationEvents.PublishAsync"/>
/// and handed out and marked by the database functions <see cref="OutboxDelivery"/> calls; after ten failed
/// attempts it stays with its last error for an operator to see.
/// </summary>
public sealed class OutboxMessage : IRegionOwned
{
    public Guid Id { get; init; }

    public Guid RegionId { get; set; }

    public required string Name { get; init; }

    /// <summary>The event's fields as JSON (jsonb).</summary>
    public required string Payload { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public int Attempts { get; init; }

    /// <summary>Until when a worker has it (claimed), or when it may be tried again (after a failure).</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    public string? LastError { get; init; }
}
