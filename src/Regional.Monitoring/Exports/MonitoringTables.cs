using System.Globalization;
using Regional.Kernel.Exports;
using Regional.Kernel.Tenancy;
using Regional.Monitoring.Indicators;
using Regional.Monitoring.Kpis;
using Regional.Monitoring.Providers;

namespace Regional.Monitoring.Exports;

/// <summary>Monitoring's figures as tables: on the page, and the same numbers as CSV.</summary>
internal static class MonitoringTables
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The footnote marks of the Groningen table.</summary>
    public static string Mark(IndicatorNote note) => note switch
    {
        IndicatorNote.NewIndicatorZeroMeasurement => " *",
        IndicatorNote.StillToBeOperationalised => " * **",
        IndicatorNote.KeyFigureWithoutTarget => " ***",
        _ => "",
    };

    /// <summary>Indicators in the form of a budget's table: a column per year and kind (behaald, begroot, beoogd).</summary>
    public static Table Indicators(IReadOnlyList<Indicator> indicators, IReadOnlyList<MemberView> members)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(members);
        var columns = IndicatorColumns(indicators);
        var rows = indicators.Select(i => (IReadOnlyList<string>)
        [
            i.Name + Mark(i.Note),
            i.MunicipalityId is { } m ? members.FirstOrDefault(x => x.MunicipalityId == m)?.Name ?? "" : "Regio",
            .. columns.Select(c => Cell(i, c.Year, c.Kind)),
            i.Source,
        ]).ToList();
        return new Table("Indicatoren", ["Indicator", "Van", .. columns.Select(c => ColumnName(c.Year, c.Kind)), "Bron"], rows);
    }

    public static IReadOnlyList<(int Year, IndicatorValueKind Kind)> IndicatorColumns(IReadOnlyList<Indicator> indicators) =>
        indicators.SelectMany(i => i.Values).Select(v => (v.Year, v.Kind)).Distinct().OrderBy(c => c.Year).ThenBy(c => c.Kind).ToList();

    public static string ColumnName(int year, IndicatorValueKind kind) => kind switch
    {
        IndicatorValueKind.Realised => $"Behaald {year}",
        IndicatorValueKind.Budgeted => $"Begroting {year}",
        _ => $"Beoogd {year}",
    };

    public static string Cell(Indicator indicator, int year, IndicatorValueKind kind)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var value = indicator.Values.FirstOrDefault(v => v.Year == year && v.Kind == kind);
        return value switch
        {
            null => "-",
            { Direction: { } direction } => direction,
            { Value: { } number } when indicator.Unit == IndicatorUnit.Percentage => number.ToString("0.#", Dutch) + "%",
            { Value: { } number } => number.ToString("N0", Dutch),
            _ => "-",
        };
    }

    /// <summary>A contract's KPIs: the norm and the value per period, the numbers behind its charts.</summary>
    public static Table Kpis(string contractNumber, IReadOnlyList<KpiSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var periods = series.SelectMany(s => s.Measurements).Select(m => (m.PeriodStart, m.PeriodEnd)).Distinct().OrderBy(p => p.PeriodStart).ToList();
        var rows = series.Where(s => s.Target is not null || s.Measurements.Count > 0).Select(s => (IReadOnlyList<string>)
        [
            $"{s.Definition.Name} ({s.Definition.Unit})",
            s.Target?.ToString("0.##", Dutch) ?? "",
            .. periods.Select(p => s.Measurements.FirstOrDefault(m => m.PeriodStart == p.PeriodStart && m.PeriodEnd == p.PeriodEnd)?.Value.ToString("0.##", Dutch) ?? ""),
        ]).ToList();
        return new Table($"KPI's {contractNumber}", ["KPI", "Norm", .. periods.Select(p => PeriodName(p.PeriodStart, p.PeriodEnd))], rows);
    }

    /// <summary>Providers in a year: class, meetings, spending ceiling and how much of it the reported turnover uses.</summary>
    public static Table Providers(int year, IReadOnlyList<ProviderStanding> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var rows = providers.Select(p => (IReadOnlyList<string>)
        [
            p.Name,
            p.Class is { } c ? ClassName(c) : "nog niet ingedeeld",
            p.LastMeeting?.ToString("dd-MM-yyyy", Dutch) ?? "",
            p.NextMeeting?.ToString("dd-MM-yyyy", Dutch) ?? "",
            p.Ceiling?.ToString("N2", Dutch) ?? "",
            p.Realised.ToString("N2", Dutch),
            p.Ceiling is { } ceiling ? (p.Realised / ceiling).ToString("P0", Dutch) : "",
            p.CeilingWarning ? "70% bereikt: overleg" : "",
        ]).ToList();
        return new Table($"Aanbieders {year}", ["Aanbieder", "Klasse", "Laatste overleg", "Volgend overleg", "Bestedingsruimte", "Omzet tot nu toe", "Benut", "Signaal"], rows);
    }

    public static string ClassName(ProviderClass kind) => kind switch
    {
        ProviderClass.Large => "groot (overleg elk kwartaal)",
        ProviderClass.Medium => "middel (overleg elk half jaar)",
        _ => "klein (overleg jaarlijks)",
    };

    /// <summary>"2019 K1", "2019 H2", "2019" or the dates.</summary>
    public static string PeriodName(DateOnly start, DateOnly end)
    {
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        var aligned = start.Day == 1 && end.AddDays(1).Day == 1 && start.Year == end.Year;
        return (aligned, months) switch
        {
            (true, 3) => $"{start.Year} K{((start.Month - 1) / 3) + 1}",
            (true, 6) => $"{start.Year} H{((start.Month - 1) / 6) + 1}",
            (true, 12) => $"{start.Year}",
            _ => $"{start:dd-MM-yyyy} t/m {end:dd-MM-yyyy}",
        };
    }
}
