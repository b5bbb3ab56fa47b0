using Regional.Care.Assignments;
using Regional.Purchasing.Catalogue;

namespace Regional.Care.Tests;

public sealed class AssignmentVolumeTests
{
    private static readonly DateOnly January1 = new(2019, 1, 1);

    [Theory]
    [InlineData(nameof(Frequency.PerDay), 2, "2019-01-31", 62)]
    [InlineData(nameof(Frequency.PerWeek), 3, "2019-03-25", 36)] // 84 days = 12 weeks
    [InlineData(nameof(Frequency.PerMonth), 10, "2019-03-31", 30)]
    [InlineData(nameof(Frequency.PerMonth), 10, "2019-02-14", 15)] // January in full, half of February
    [InlineData(nameof(Frequency.TotalWithinPeriod), 120, "2019-12-31", 120)] // the flexible beschikking: a maximum in total
    public void The_total_volume_follows_the_frequency_over_the_period(string frequency, int volume, string end, int expected)
    {
        AssignmentVolume.Total(volume, Enum.Parse<Frequency>(frequency), January1, DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void The_commitment_is_total_volume_times_tariff_in_whole_cents_and_a_euro_product_commits_its_volume()
    {
        AssignmentVolume.Commitment(31m, Unit.Etmaal, 61.15m).ShouldBe(1_895.65m);
        AssignmentVolume.Commitment(10m / 3m, Unit.Uur, 10m).ShouldBe(33.33m);
        AssignmentVolume.Commitment(2_500m, Unit.Euro, 1m).ShouldBe(2_500m);
    }
}
