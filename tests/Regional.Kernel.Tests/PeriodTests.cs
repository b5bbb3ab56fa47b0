using Regional.Kernel.Values;

namespace Regional.Kernel.Tests;

public sealed class PeriodTests
{
    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        Should.Throw<ArgumentException>(() => new Period(new DateOnly(2019, 2, 1), new DateOnly(2019, 1, 31)));
    }

    [Fact]
    public void An_open_period_overlaps_everything_after_its_start()
    {
        var open = new Period(new DateOnly(2018, 1, 1), null);

        open.Overlaps(Period.Year(2030)).ShouldBeTrue();
        open.Overlaps(Period.Year(2017)).ShouldBeFalse();
        open.Contains(Period.Month(2019, 2)).ShouldBeTrue();
    }

    [Fact]
    public void Adjacent_years_do_not_overlap()
    {
        Period.Year(2018).Overlaps(Period.Year(2019)).ShouldBeFalse();
        Period.Month(2019, 2).End.ShouldBe(new DateOnly(2019, 2, 28));
    }

    [Fact]
    public void Periods_are_shown_in_Dutch_notation()
    {
        Period.Year(2018).ToString().ShouldBe("01-01-2018 t/m 31-12-2018");
    }
}
