using System.Globalization;

namespace Regional.Kernel.Values;

/// <summary>A span of calendar days, both ends inclusive; an open end means "until further notice".</summary>
public readonly record struct Period
{
    public Period(DateOnly start, DateOnly? end)
    {
        if (end < start)
        {
            throw new ArgumentException($"A period cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly? End { get; }

    public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Period Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>Exactly one calendar month, from its first to its last day.</summary>
    public bool IsCalendarMonth => this == Month(Start.Year, Start.Month);

    public bool Contains(DateOnly day) => day >= Start && (End is null || day <= End);

    public bool Contains(Period other) => other.Start >= Start && (End is null || (other.End is not null && other.End <= End));

    public bool Overlaps(Period other) =>
        (End is null || other.Start <= End) && (other.End is null || Start <= other.End);

    /// <summary>Dutch notation as the web UI shows it: <c>01-01-2018 t/m 31-12-2018</c>.</summary>
    public override string ToString() =>
        End is null
            ? $"vanaf {Start.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}"
            : $"{Start.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} t/m {End.Value.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}";
}
