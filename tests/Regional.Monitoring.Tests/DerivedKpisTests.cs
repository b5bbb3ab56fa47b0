using Regional.Monitoring.Kpis;

namespace Regional.Monitoring.Tests;

/// <summary>Derived KPIs from a small known set of ended trajectories, with exact expected values.</summary>
public sealed class DerivedKpisTests
{
    private static readonly int[] Low = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    private static readonly int[] High = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4];

    private static readonly TrajectoryEnding[] Endings =
    [
        Ending("a", 100, "01", "04", Low, High), // as planned, no further help, ZRM up
        Ending("b", 50, "01", "03", Low, High), // as planned, none now, ZRM up
        Ending("c", 30, "03", "01", High, Low), // ended by the client, same help again, ZRM down
        Ending("d", 20, "04", null, null, null), // ended by the provider, not measured
    ];

    [Fact]
    public void Drop_out_is_the_share_of_trajectories_ended_early()
    {
        DerivedKpis.From(Endings)["uitval"].ShouldBe(50.0m); // c and d of four
    }

    [Fact]
    public void Continuing_without_help_counts_codes_03_and_04_of_the_trajectories_that_have_a_code()
    {
        DerivedKpis.From(Endings)["zonder-hulp-verder"].ShouldBe(66.7m); // a and b of a, b, c
    }

    [Fact]
    public void ZRM_goal_attainment_is_the_share_of_measured_trajectories_whose_self_reliance_rose()
    {
        DerivedKpis.From(Endings)["zrm-doelrealisatie"].ShouldBe(66.7m);
    }

    [Fact]
    public void Throughput_time_is_the_average_number_of_days()
    {
        DerivedKpis.From(Endings)["doorlooptijd"].ShouldBe(50.0m); // (100 + 50 + 30 + 20) / 4
    }

    [Fact]
    public void A_KPI_without_data_is_left_out_rather_than_reported_as_zero()
    {
        var kpis = DerivedKpis.From([Ending("e", 10, "01", null, null, null)]);

        kpis.Keys.Order().ShouldBe(["doorlooptijd", "uitval"]);
    }

    private static TrajectoryEnding Ending(string client, int days, string reason, string? continuation, int[]? start, int[]? end) => new()
    {
        ContractId = Guid.Empty,
        ClientRef = client,
        StartedOn = new DateOnly(2019, 1, 1),
        EndedOn = new DateOnly(2019, 1, 1).AddDays(days),
        EndingReason = reason,
        Continuation = continuation,
        ZrmAtStart = start,
        ZrmAtEnd = end,
    };
}
