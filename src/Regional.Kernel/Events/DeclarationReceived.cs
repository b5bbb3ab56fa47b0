namespace Regional.Kernel.Events;

/// <summary>Care received a declaration (accepted lines or not): Monitoring counts it towards the provider's timeliness KPI.</summary>
/// <param name="Late">Received after the region's deadline for its period.</param>
public sealed record DeclarationReceived(Guid DeclarationId, Guid ProviderId, DateOnly PeriodStart, DateOnly PeriodEnd, bool Late) : IIntegrationEvent;
