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

    /// <summary>The histogram of time per import phase (tag <c>phase</c>: read, check, store, post): where an import's time goes.</summary>
    public const string PhaseDuration = "regional.declarations.phase.duration";

    private readonly Meter meter;
    private readonly Counter<long> lines;
    private readonly Counter<long> refused;
    private readonly Histogram<double> phases;

    public DeclarationTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        meter = meters.Create(Name);
        lines = meter.CreateCounter<long>("regional.declarations.lines", description: "Declaration lines received, by outcome");
        refused = meter.CreateCounter<long>("regional.declarations.refused", description: "Declaration files refused whole");
        phases = meter.CreateHistogram<double>(PhaseDuration, "s", "Time an import spent reading, checking, storing or posting, per chunk");
    }

    public static ActivitySource Source { get; } = new(Name);

    internal void Received(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        lines.Add(declaration.AcceptedCount, new KeyValuePair<string, object?>("outcome", "accepted"));
        lines.Add(declaration.RejectedCount, new KeyValuePair<string, object?>("outcome", "rejected"));
        Activity.Current?.SetTag("regional.declaration.lines", declaration.LineCount).SetTag("regional.declaration.rejected", declaration.RejectedCount);
    }

    public void Refused() => refused.Add(1);

    /// <summary>Records the time since <paramref name="startedAt"/> (a <see cref="Stopwatch"/> timestamp) against a phase, and returns now.</summary>
    public long Phase(string phase, long startedAt)
    {
        var now = Stopwatch.GetTimestamp();
        phases.Record(Stopwatch.GetElapsedTime(startedAt, now).TotalSeconds, new KeyValuePair<string, object?>("phase", phase));
        return now;
    }

    public void Dispose() => meter.Dispose();
}
