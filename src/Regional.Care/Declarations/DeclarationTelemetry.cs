using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Regional.Care.Declarations;

/// <summary>
/// What operators see of declarations: a span per import (message kind and counts, never a client) and
/// counters of lines by outcome and of files refused. Exported by the host's OpenTelemetry set-up (Regional.*).
/// </summary>
public sealed class DeclarationTelemetry : IDisposable
{
    public const string Name = "Regional.Care";

    private readonly Meter meter;
    private readonly Counter<long> lines;
    private readonly Counter<long> refused;

    public DeclarationTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        meter = meters.Create(Name);
        lines = meter.CreateCounter<long>("regional.declarations.lines", description: "Declaration lines received, by outcome");
        refused = meter.CreateCounter<long>("regional.declarations.refused", description: "Declaration files refused whole");
    }

    public static ActivitySource Source { get; } = new(Name);

    public void Received(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        lines.Add(declaration.AcceptedCount, new KeyValuePair<string, object?>("outcome", "accepted"));
        lines.Add(declaration.RejectedCount, new KeyValuePair<string, object?>("outcome", "rejected"));
        Activity.Current?.SetTag("regional.declaration.lines", declaration.LineCount).SetTag("regional.declaration.rejected", declaration.RejectedCount);
    }

    public void Refused() => refused.Add(1);

    public void Dispose() => meter.Dispose();
}
