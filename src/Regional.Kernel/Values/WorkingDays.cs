namespace Regional.Kernel.Values;

/// <summary>
/// Dutch working days, for the deadlines of the message traffic (a 325 within ten working days): Monday to
/// Friday except the national public holidays (Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag in
/// lustrum years, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag).
/// </summary>
public static class WorkingDays
{
    /// <summary>The day that lies <paramref name="count"/> working days after <paramref name="from"/>.</summary>
    public static DateOnly Add(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = from;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> lies before it.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var (first, last, sign) = to >= from ? (from, to, 1) : (to, from, -1);
        var days = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            days += IsWorkingDay(day) ? 1 : 0;
        }

        return sign * days;
    }

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    public static bool IsPublicHoliday(DateOnly day)
    {
        var easter = EasterSunday(day.Year);
        var kingsDay = new DateOnly(day.Year, 4, 27);
        return (day.Month, day.Day) is (1, 1) or (12, 25) or (12, 26)
            || day == (kingsDay.DayOfWeek == DayOfWeek.Sunday ? kingsDay.AddDays(-1) : kingsDay)
            || (day.Year % 5 == 0 && (day.Month, day.Day) is (5, 5))
            || day == easter.AddDays(1) || day == easter.AddDays(39) || day == easter.AddDays(50);
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var h = ((19 * a) + b - (b / 4) - ((b - ((b + 8) / 25) + 1) / 3) + 15) % 30;
        var l = (32 + (2 * (b % 4)) + (2 * (c / 4)) - h - (c % 4)) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
