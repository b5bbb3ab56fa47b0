using Regional.Kernel.Values;

namespace Regional.Purchasing.Tariffs;

/// <summary>Which days of a term no tariff covers.</summary>
internal static class TariffCoverage
{
    public static IEnumerable<Period> Gaps(Period term, IEnumerable<Period> covered)
    {
        var day = term.Start;
        var end = term.End ?? throw new ArgumentException("A contract term has an end.", nameof(term));
        foreach (var period in covered.Where(p => p.Overlaps(term)).OrderBy(p => p.Start))
        {
            if (period.Start > day)
            {
                yield return new Period(day, period.Start.AddDays(-1));
            }

            if (period.End >= day)
            {
                day = period.End.Value.AddDays(1);
            }
        }

        if (day <= end)
        {
            yield return new Period(day, end);
        }
    }
}
