namespace Regional.Kernel.Values;

/// <summary>
/// The platform's one clock: the system's time, read in the Netherlands' own zone (Europe/Amsterdam), whatever zone
/// the server runs in. Deadlines, lateness and "today" are Dutch calendar days; a declaration received at 00:30 on
/// 1 April in Amsterdam was received in April, although it was still 31 March in UTC.
/// </summary>
public sealed class DutchClock : TimeProvider
{
    public static readonly TimeZoneInfo Netherlands = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public override TimeZoneInfo LocalTimeZone => Netherlands;
}

/// <summary>Calendar days on the platform's clock.</summary>
public static class DutchTime
{
    /// <summary>Today in the Netherlands.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    /// <summary>The moment a Dutch calendar day begins (midnight in Amsterdam), in UTC as the database stores moments.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, DutchClock.Netherlands.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The Dutch calendar day of a moment.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, DutchClock.Netherlands).DateTime);
}
