using Regional.Finance.Keys;
using Regional.Finance.Settlements;
using Regional.Kernel.Security;
using Regional.Kernel.Values;

namespace Regional.Finance.Tests;

/// <summary>The money model of DOMAIN.md: both worked examples to the cent, and properties over random pools.</summary>
public sealed class SettlementCalculatorTests
{
    private static readonly Guid A = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = new("00000000-0000-0000-0000-00000000000c");

    [Fact]
    public void Worked_example_1_Verblijf_Jeugd_2018_with_a_fixed_key_settles_to_zero()
    {
        var key = DistributionKey.Compute([A, B, C], [new KeyComponent(KeyBasis.FixedPercentage, 1m)],
            [new KeyInput(A, KeyBasis.FixedPercentage, 50), new KeyInput(B, KeyBasis.FixedPercentage, 30), new KeyInput(C, KeyBasis.FixedPercentage, 20)]);
        Borne[] ownClients = [new(A, new Money(400_000m)), new(B, new Money(500_000m)), new(C, new Money(100_000m))];

        var lines = SettlementCalculator.Calculate(new Money(1_000_000m), key, ownClients);

        lines.Select(l => l.Obligation.Euros).ShouldBe([500_000m, 300_000m, 200_000m]);
        lines.Select(l => l.Amount.Euros).ShouldBe([100_000m, -200_000m, 100_000m]); // A pays, B receives, C pays
        lines.Sum(l => l.Amount.Cents).ShouldBe(0);
    }

    [Fact]
    public void Worked_example_2_Jeugdzorg_plus_2019_with_a_mixed_key_and_advances()
    {
        // 50% share of youths 0-17 + 50% share of the three-year average number of clients.
        KeyComponent[] components = [new(KeyBasis.InhabitantsAged0To17, 0.5m), new(KeyBasis.ClientsThreeYearAverage, 0.5m)];
        KeyInput[] inputs =
        [
            new(A, KeyBasis.InhabitantsAged0To17, 12_000), new(B, KeyBasis.InhabitantsAged0To17, 4_000), new(C, KeyBasis.InhabitantsAged0To17, 2_000),
            new(A, KeyBasis.ClientsThreeYearAverage, 10), new(B, KeyBasis.ClientsThreeYearAverage, 6), new(C, KeyBasis.ClientsThreeYearAverage, 4),
        ];
        var key = DistributionKey.Compute([A, B, C], components, inputs);
        var advances = new Money(1_000_000m).Allocate(key.OrderBy(s => s.MunicipalityId).Select(s => s.Share).ToList());

        var lines = SettlementCalculator.Calculate(
            new Money(1_200_000m), key, [new(A, advances[0]), new(B, advances[1]), new(C, advances[2])]);

        advances.Select(m => m.Euros).ShouldBe([583_333.33m, 261_111.11m, 155_555.56m]);
        lines.Select(l => l.Obligation.Euros).ShouldBe([700_000.00m, 313_333.33m, 186_666.67m]);
        lines.Select(l => l.Amount.Euros).ShouldBe([116_666.67m, 52_222.22m, 31_111.11m]);
        lines.Sum(l => l.Amount.Euros).ShouldBe(200_000.00m); // actual minus advanced
        key.Single(s => s.MunicipalityId == A).Components.Select(c => c.Share).ShouldBe([2m / 3, 0.5m]);
    }

    [Fact]
    public void Random_pools_always_settle_to_zero_each_line_within_a_cent_and_independent_of_order()
    {
        var random = new Random(42);
        for (var run = 0; run < 500; run++)
        {
            var members = Enumerable.Range(0, random.Next(2, 25)).Select(_ => Guid.NewGuid()).ToList();
            var inputs = members.Select(m => new KeyInput(m, KeyBasis.Inhabitants, random.Next(1_000, 250_000))).ToList();
            var borne = members.Select(m => new Borne(m, Money.FromCents(random.NextInt64(0, 500_000_00)))).ToList();
            var total = borne.Aggregate(Money.Zero, (sum, b) => sum + b.Amount);
            var key = DistributionKey.Compute(members, [new KeyComponent(KeyBasis.Inhabitants, 1m)], inputs);

            var lines = SettlementCalculator.Calculate(total, key, borne);
            var shuffled = SettlementCalculator.Calculate(total, key.OrderBy(_ => random.Next()).ToList(), borne.OrderBy(_ => random.Next()).ToList());

            lines.Sum(l => l.Amount.Cents).ShouldBe(0);
            lines.ShouldBe(shuffled);
            foreach (var line in lines)
            {
                var exact = (total.Euros * line.Share) - line.Borne.Euros;
                Math.Abs(line.Amount.Euros - exact).ShouldBeLessThan(0.01m);
            }
        }
    }

    [Theory]
    [InlineData(0.5, 0.4)]
    [InlineData(1.2, -0.2)]
    public void WeightsAreNonNegativeAndSumToOne_refuses_weights_that_do_not(double first, double second)
    {
        var error = Should.Throw<RuleViolationException>(() => KeyRules.WeightsAreNonNegativeAndSumToOne(
            [new KeyComponent(KeyBasis.Inhabitants, (decimal)first), new KeyComponent(KeyBasis.ClientsPreviousYear, (decimal)second)]));

        error.Field.ShouldBe("Components");
    }

    [Fact]
    public void EveryMemberHasAValuePerComponent_refuses_a_key_missing_a_member()
    {
        var error = Should.Throw<RuleViolationException>(() => DistributionKey.Compute(
            [A, B, C], [new KeyComponent(KeyBasis.Inhabitants, 1m)], [new KeyInput(A, KeyBasis.Inhabitants, 10), new KeyInput(B, KeyBasis.Inhabitants, 5)]));

        error.Message.ShouldContain("1 deelnemende gemeente(n) missen een waarde");
    }

    [Fact]
    public void A_period_without_costs_or_advances_has_nothing_to_settle()
    {
        var key = DistributionKey.Compute([A], [new KeyComponent(KeyBasis.FixedPercentage, 1m)], [new KeyInput(A, KeyBasis.FixedPercentage, 100)]);

        Should.Throw<RuleViolationException>(() => SettlementCalculator.Calculate(Money.Zero, key, [])).Message.ShouldContain("niets te verrekenen");
    }
}
