using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Regional.Kernel.Values;

namespace Regional.Web;

/// <summary>Enum values, dates, moments and amounts as the Dutch web UI shows them.</summary>
public static class Labels
{
    /// <summary>The Dutch word its module gives the value (<see cref="EnumWords"/>).</summary>
    public static string Of(Enum value) => EnumWords.Of(value);

    /// <summary>The choices of an enum for a select, in Dutch, the current one selected.</summary>
    public static IEnumerable<SelectListItem> Options<TEnum>(TEnum? selected = null)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(Of(v), v.ToString(), selected is { } s && s.Equals(v)));

    public static string Date(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>The Dutch calendar day of a moment.</summary>
    public static string Date(DateTimeOffset moment) => Date(DutchTime.DayOf(moment));

    /// <summary>A moment as the Netherlands' clock showed it, to the minute (or second).</summary>
    public static string Moment(DateTimeOffset moment, bool seconds = false) =>
        TimeZoneInfo.ConvertTime(moment, DutchClock.Netherlands).ToString(seconds ? "dd-MM-yyyy HH:mm:ss" : "dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The Dutch name of a month, 1 for januari.</summary>
    public static string Month(int month) => CultureInfo.GetCultureInfo("nl-NL").DateTimeFormat.GetMonthName(month);

    public static string Euro(decimal amount) => amount.ToString("C2", CultureInfo.GetCultureInfo("nl-NL"));
}
