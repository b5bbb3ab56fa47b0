using Regional.Kernel.Values;

namespace Regional.Kernel.Tests;

/// <summary>"Today" is a Dutch calendar day, also when the server runs in UTC.</summary>
public sealed class DutchClockTests
{
    [Theory]
    [InlineData("2026-03-31T22:30:00Z", "2026-04-01")] // summer time, UTC+2: already April in Amsterdam
    [InlineData("2026-01-31T23:30:00Z", "2026-02-01")] // winter time, UTC+1
    [InlineData("2026-01-31T22:59:59Z", "2026-01-31")]
    public void A_moment_falls_on_the_Dutch_calendar_day(string utc, string day)
    {
        DutchTime.DayOf(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        new FixedDutchClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)).Today().ShouldBe(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_platform_clock_reads_the_time_in_Amsterdam()
    {
        new DutchClock().LocalTimeZone.Id.ShouldBe("Europe/Amsterdam");
    }

    private sealed class FixedDutchClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => DutchClock.Netherlands;
    }
}
