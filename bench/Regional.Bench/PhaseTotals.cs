using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Regional.Care.Declarations;

namespace Regional.Bench;

/// <summary>Sums the importer's own phase timings (read, check, store, post) while it lives: where the import's time went.</summary>
internal sealed class PhaseTotals : IDisposable
{
    private readonly ConcurrentDictionary<string, double> totals = new();
    private readonly MeterListener listener = new();

    public PhaseTotals()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DeclarationTelemetry.Name && instrument.Name == DeclarationTelemetry.PhaseDuration)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "phase" && tag.Value is string phase)
                {
                    totals.AddOrUpdate(phase, seconds, (_, sum) => sum + seconds);
                }
            }
        });
        listener.Start();
    }

    private static readonly string[] Order = ["read", "check", "store", "post"];

    public IReadOnlyDictionary<string, double> Totals => totals;

    /// <summary>The totals in the importer's order, in seconds.</summary>
    public static string Format(IReadOnlyDictionary<string, double> totals) =>
        string.Join(" / ", Order.Select(p => totals.GetValueOrDefault(p).ToString("N1", System.Globalization.CultureInfo.InvariantCulture)));

    public void Dispose() => listener.Dispose();
}
