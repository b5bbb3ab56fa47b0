using System.Diagnostics.Metrics;

namespace Regional.Host.Telemetry;

/// <summary>The host's own instruments (Meter <c>Regional.Host</c>).</summary>
public sealed class HostTelemetry
{
    public const string Name = "Regional.Host";

    public HostTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        SignIns = meter.CreateCounter<long>("regional.sign_ins", description: "Sign-in attempts by outcome");
    }

    public Counter<long> SignIns { get; }
}
