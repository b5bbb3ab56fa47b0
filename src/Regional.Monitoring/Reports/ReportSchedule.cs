using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Values;

namespace Regional.Monitoring.Reports;

/// <summary>What a region asks of its providers; the defaults are the Kop van Noord-Holland's.</summary>
/// <param name="HalfYearlyBelow">Expected annual turnover under which management reports are half-yearly instead of quarterly.</param>
/// <param name="AuditorAbove">Turnover above which the yearly production statement needs an auditor's report.</param>
internal sealed record ReportingThresholds(decimal HalfYearlyBelow, decimal AuditorAbove)
{
    public static ReportingThresholds Default { get; } = new(50_000m, 125_000m);
}

/// <summary>One report a provider owes: its kind, the period it covers and when it is due.</summary>
internal sealed record ScheduledReport(ReportKind Kind, Period Period, DateOnly DueOn, bool NeedsAuditorsReport);

internal enum ReportKind
{
    /// <summary>Managementrapportage with a prognosis for the rest of the year.</summary>
    [Display(Name = "Managementrapportage")]
    Management,

    /// <summary>Productieverantwoording over the year.</summary>
    [Display(Name = "Productieverantwoording")]
    ProductionStatement,
}

/// <summary>
/// The reports a contract owes in a year: management reports per quarter (per half year below the
/// threshold), each due at the end of the month after its period, and a production statement due on
/// 31 March of the next year, with an auditor's report above the other threshold. Periods are cut to the
/// contract's term.
/// </summary>
internal static class ReportSchedule
{
    public static IReadOnlyList<ScheduledReport> For(Period contractTerm, int year, decimal expectedTurnover, ReportingThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var months = expectedTurnover < thresholds.HalfYearlyBelow ? 6 : 3;
        var reports = new List<ScheduledReport>();
        for (var month = 1; month <= 12; month += months)
        {
            var period = new Period(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(months).AddDays(-1));
            if (Within(contractTerm, period) is { } covered)
            {
                reports.Add(new ScheduledReport(ReportKind.Management, covered, EndOfNextMonth(period.End!.Value), false));
            }
        }

        if (Within(contractTerm, Period.Year(year)) is { } yearCovered)
        {
            reports.Add(new ScheduledReport(ReportKind.ProductionStatement, yearCovered, new DateOnly(year + 1, 3, 31), expectedTurnover > thresholds.AuditorAbove));
        }

        return reports;
    }

    private static Period? Within(Period term, Period period)
    {
        if (!term.Overlaps(period))
        {
            return null;
        }

        var start = period.Start > term.Start ? period.Start : term.Start;
        var end = term.End is { } termEnd && termEnd < period.End!.Value ? termEnd : period.End!.Value;
        return new Period(start, end);
    }

    private static DateOnly EndOfNextMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(2).AddDays(-1);
}
