using Regional.Kernel.Values;

namespace Regional.Kernel.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void An_amount_with_fractions_of_a_cent_is_refused()
    {
        Should.Throw<ArgumentException>(() => new Money(0.001m)).Message.ShouldContain("whole cents");
    }

    [Fact]
    public void Amounts_are_shown_in_Dutch_notation()
    {
        new Money(1234.56m).ToString().ShouldBe("€ 1.234,56");
    }

    [Fact]
    public void Mixed_key_obligations_of_worked_example_2_are_exact_to_the_cent()
    {
        // DOMAIN.md worked example 2: key = 50% youths 0-17 + 50% three-year average clients.
        decimal[] key = [(0.5m * 2 / 3) + (0.5m * 0.5m), (0.5m * 2 / 9) + (0.5m * 0.3m), (0.5m * 1 / 9) + (0.5m * 0.2m)];

        var obligations = new Money(1_200_000m).Allocate(key);
        var advances = new Money(1_000_000m).Allocate(key);

        obligations.Select(m => m.Euros).ShouldBe([700_000.00m, 313_333.33m, 186_666.67m]);
        advances.Select(m => m.Euros).ShouldBe([583_333.33m, 261_111.11m, 155_555.56m]);
    }

    [Fact]
    public void Allocation_of_worked_example_1_follows_the_fixed_key()
    {
        var obligations = new Money(1_000_000m).Allocate([0.5m, 0.3m, 0.2m]);

        obligations.Select(m => m.Euros).ShouldBe([500_000m, 300_000m, 200_000m]);
    }

    [Fact]
    public void Allocation_never_creates_or_loses_a_cent_over_random_keys()
    {
        var random = new Random(20261122);
        for (var run = 0; run < 2000; run++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (decimal)random.Next(0, 1000) / random.Next(1, 97)).ToArray();
            if (weights.Sum() == 0)
            {
                continue;
            }

            var total = random.NextInt64(-10_000_000_00, 10_000_000_00);
            var parts = LargestRemainder.Split(total, weights);

            parts.Sum().ShouldBe(total);
            for (var i = 0; i < parts.Length; i++)
            {
                var exact = total * (weights[i] / weights.Sum());
                Math.Abs(parts[i] - exact).ShouldBeLessThan(1m);
            }
        }
    }

    [Fact]
    public void Negative_weights_are_refused()
    {
        Should.Throw<ArgumentException>(() => LargestRemainder.Split(100, [0.5m, -0.5m, 1m])).Message.ShouldContain("negative");
    }
}
