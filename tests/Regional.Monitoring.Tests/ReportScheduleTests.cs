using Regional.Kernel.Values;
using Regional.Monitoring.Reports;

namespace Regional.Monitoring.Tests;

public sealed class ReportScheduleTests
{
    private static readonly Period WholeTerm = new(new DateOnly(2019, 1, 1), new DateOnly(2023, 12, 31));

    [Theory]
    [InlineData(50_000, 4)] // at the boundary: quarterly
    [InlineData(49_999.99, 2)] // below it: half-yearly
    [InlineData(0, 2)]
    [InlineData(1_000_000, 4)]
    public void Management_reports_are_quarterly_from_50000_and_half_yearly_below(double turnover, int expected)
    {
        var schedule = ReportSchedule.For(WholeTerm, 2019, (decimal)turnover, ReportingThresholds.Default);

        schedule.Count(r => r.Kind == ReportKind.Management).ShouldBe(expected);
    }

    [Fact]
    public void A_report_is_due_at_the_end_of_the_month_after_its_period_and_the_statement_on_31_March()
    {
        var schedule = ReportSchedule.For(WholeTerm, 2019, 80_000m, ReportingThresholds.Default);

        schedule.Where(r => r.Kind == ReportKind.Management).Select(r => r.DueOn).ShouldBe(
            [new DateOnly(2019, 4, 30), new DateOnly(2019, 7, 31), new DateOnly(2019, 10, 31), new DateOnly(2020, 1, 31)]);
        schedule.Single(r => r.Kind == ReportKind.ProductionStatement).DueOn.ShouldBe(new DateOnly(2020, 3, 31));
    }

    [Theory]
    [InlineData(125_000, false)]
    [InlineData(125_000.01, true)]
    public void The_production_statement_needs_an_auditors_report_above_125000(double turnover, bool expected)
    {
        ReportSchedule.For(WholeTerm, 2019, (decimal)turnover, ReportingThresholds.Default)
            .Single(r => r.Kind == ReportKind.ProductionStatement).NeedsAuditorsReport.ShouldBe(expected);
    }

    [Fact]
    public void Periods_are_cut_to_the_contract_term()
    {
        var term = new Period(new DateOnly(2019, 5, 15), new DateOnly(2019, 12, 31));

        var schedule = ReportSchedule.For(term, 2019, 80_000m, ReportingThresholds.Default);

        schedule.Where(r => r.Kind == ReportKind.Management).Select(r => r.Period.Start).ShouldBe(
            [new DateOnly(2019, 5, 15), new DateOnly(2019, 7, 1), new DateOnly(2019, 10, 1)]);
        schedule.Single(r => r.Kind == ReportKind.ProductionStatement).Period.Start.ShouldBe(new DateOnly(2019, 5, 15));
    }

    [Fact]
    public void A_region_may_set_its_own_threshold()
    {
        ReportSchedule.For(WholeTerm, 2019, 80_000m, new ReportingThresholds(100_000m, 125_000m)).Count(r => r.Kind == ReportKind.Management).ShouldBe(2);
    }
}
