using Regional.Purchasing.Catalogue;

namespace Regional.Care.Assignments;

/// <summary>How much an assignment allows over its whole period, and what that commits at a tariff.</summary>
internal static class AssignmentVolume
{
    /// <summary>
    /// Per day: every day of the period; per week: days / 7; per month: each calendar month counts for the
    /// share of its days the period covers; a total within the period is the volume itself.
    /// </summary>
    public static decimal Total(decimal volume, Frequency frequency, DateOnly start, DateOnly end)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        return frequency switch
        {
            Frequency.PerDay => volume * days,
            Frequency.PerWeek => volume * days / 7m,
            Frequency.PerMonth => volume * Months(start, end),
            Frequency.TotalWithinPeriod => volume,
            _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
        };
    }

    /// <summary>Total volume x tariff in whole cents; for a product in euros the volume is the amount itself.</summary>
    public static decimal Commitment(decimal totalVolume, Unit unit, decimal tariff) =>
        decimal.Round(unit == Unit.Euro ? totalVolume : totalVolume * tariff, 2, MidpointRounding.ToEven);

    private static decimal Months(DateOnly start, DateOnly end)
    {
        var months = 0m;
        for (var first = new DateOnly(start.Year, start.Month, 1); first <= end; first = first.AddMonths(1))
        {
            var last = first.AddMonths(1).AddDays(-1);
            var from = first > start ? first : start;
            var to = last < end ? last : end;
            months += (decimal)(to.DayNumber - from.DayNumber + 1) / (last.DayNumber - first.DayNumber + 1);
        }

        return months;
    }
}
