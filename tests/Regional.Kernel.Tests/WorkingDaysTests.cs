using Regional.Kernel.Values;

namespace Regional.Kernel.Tests;

/// <summary>Ten working days for a 325: weekends and the Dutch public holidays do not count.</summary>
public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-12-02", 10, "2026-12-16")] // two plain weeks
    [InlineData("2026-12-21", 10, "2027-01-06")] // Christmas (25, 26 on Fri/Sat) and New Year's Day (Fri)
    [InlineData("2026-04-01", 10, "2026-04-16")] // Easter Monday 6 April
    [InlineData("2025-04-25", 3, "2025-04-30")] // King's Day 2025 is a Sunday, so it falls on Saturday 26 April: no weekday lost
    [InlineData("2025-05-02", 1, "2025-05-06")] // 5 May 2025 is a lustrum: Liberation Day is free
    [InlineData("2026-05-04", 1, "2026-05-05")] // and in 2026 it is not
    public void Adding_working_days_skips_weekends_and_public_holidays(string from, int days, string expected) =>
        WorkingDays.Add(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days)
            .ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    public void Easter_falls_on_its_known_dates(int year, string easter) =>
        WorkingDays.EasterSunday(year).ShouldBe(DateOnly.Parse(easter, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Working_days_between_two_days_count_back_when_the_second_lies_before_the_first()
    {
        var monday = new DateOnly(2026, 11, 30);
        WorkingDays.Between(monday, monday.AddDays(7)).ShouldBe(5);
        WorkingDays.Between(monday.AddDays(7), monday).ShouldBe(-5);
    }
}
