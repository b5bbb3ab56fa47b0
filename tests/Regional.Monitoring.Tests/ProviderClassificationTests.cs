using Regional.Monitoring.Providers;

namespace Regional.Monitoring.Tests;

public sealed class ProviderClassificationTests
{
    [Theory]
    [InlineData(10, 1, 1_000_000, "Large")]
    [InlineData(100, 1, 0, "Large")]
    [InlineData(99, 2, 999_999.99, "Medium")]
    [InlineData(5, 3, 10_000, "Medium")]
    [InlineData(24, 2, 249_999.99, "Small")]
    public void Providers_are_classified_by_clients_municipalities_and_turnover(int clients, int municipalities, double turnover, string expected)
    {
        ProviderClassification.Classify(clients, municipalities, (decimal)turnover).ShouldBe(Enum.Parse<ProviderClass>(expected));
    }

    [Theory]
    [InlineData("Large", "2019-07-15")]
    [InlineData("Medium", "2019-10-15")]
    [InlineData("Small", "2020-04-15")]
    public void The_class_sets_when_the_next_meeting_is_due(string kind, string expected)
    {
        ProviderClassification.NextMeeting(Enum.Parse<ProviderClass>(kind), new DateOnly(2019, 4, 15), new DateOnly(2019, 5, 1)).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(41_999.99, false)]
    [InlineData(42_000, true)]
    public void The_spending_ceiling_warns_at_70_percent_used(double used, bool expected)
    {
        ProviderClassification.WarnAbout((decimal)used, 60_000m).ShouldBe(expected);
    }
}
