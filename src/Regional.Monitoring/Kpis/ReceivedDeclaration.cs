using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Kpis;

/// <summary>A declaration Care received, as far as the provider's timeliness goes: Monitoring's own tally, kept from the events.</summary>
internal sealed class ReceivedDeclaration : IRegionOwned
{
    public Guid DeclarationId { get; init; }

    public Guid RegionId { get; set; }

    public Guid ProviderId { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    public bool Late { get; init; }
}
