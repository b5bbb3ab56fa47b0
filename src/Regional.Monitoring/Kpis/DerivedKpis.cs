namespace Regional.Monitoring.Kpis;

/// <summary>KPIs computed from the trajectories that ended in a period; a KPI without data is left out, not reported as zero.</summary>
internal static class DerivedKpis
{
    public static IReadOnlyDictionary<string, decimal> From(IReadOnlyCollection<TrajectoryEnding> endings)
    {
        ArgumentNullException.ThrowIfNull(endings);
        var kpis = new Dictionary<string, decimal>();
        if (endings.Count == 0)
        {
            return kpis;
        }

        kpis["uitval"] = Percentage(endings.Count(e => e.EndingReason != "01"), endings.Count);
        kpis["doorlooptijd"] = decimal.Round((decimal)endings.Average(e => e.EndedOn.DayNumber - e.StartedOn.DayNumber), 1, MidpointRounding.ToEven);
        var continued = endings.Where(e => e.Continuation is not null).ToList();
        if (continued.Count > 0)
        {
            kpis["zonder-hulp-verder"] = Percentage(continued.Count(e => e.Continuation is "03" or "04"), continued.Count);
        }

        var measured = endings.Where(e => e.ZrmAtStart is not null && e.ZrmAtEnd is not null).ToList();
        if (measured.Count > 0)
        {
            kpis["zrm-doelrealisatie"] = Percentage(measured.Count(e => e.ZrmAtEnd!.Sum() > e.ZrmAtStart!.Sum()), measured.Count);
        }

        return kpis;
    }

    private static decimal Percentage(int part, int whole) => decimal.Round(100m * part / whole, 1, MidpointRounding.ToEven);
}
