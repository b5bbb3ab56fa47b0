using Regional.Finance.Keys;
using Regional.Kernel.Security;

namespace Regional.Finance.Tests;

public sealed class PhaseInTests
{
    private static readonly KeyComponent[] Historical = [new(KeyBasis.HistoricalCosts, 1m)];
    private static readonly KeyComponent[] Inhabitants = [new(KeyBasis.Inhabitants, 1m)];

    [Theory]
    [InlineData(2019, 0.0)] // before the phase-in: the old key
    [InlineData(2020, 0.25)]
    [InlineData(2021, 0.5)]
    [InlineData(2023, 1.0)] // the last year: the new key in full
    [InlineData(2030, 1.0)]
    public void In_year_k_of_n_the_new_key_weighs_k_over_n(int year, double expected)
    {
        var blended = PhaseIn.Blend(Historical, Inhabitants, firstYear: 2020, years: 4, year);

        blended.Sum(c => c.Weight).ShouldBe(1m);
        (blended.SingleOrDefault(c => c.Basis == KeyBasis.Inhabitants)?.Weight ?? 0m).ShouldBe((decimal)expected);
    }

    [Fact]
    public void Thirds_still_sum_to_exactly_one_and_a_shared_basis_is_merged()
    {
        KeyComponent[] from = [new(KeyBasis.Inhabitants, 0.5m), new(KeyBasis.HistoricalCosts, 0.5m)];

        var blended = PhaseIn.Blend(from, Inhabitants, firstYear: 2020, years: 3, year: 2020);

        blended.Sum(c => c.Weight).ShouldBe(1m);
        blended.Count.ShouldBe(2);
        Math.Abs(blended.Single(c => c.Basis == KeyBasis.Inhabitants).Weight - 2m / 3m).ShouldBeLessThan(1e-26m); // 1/2 x 2/3 + 1/3
        Math.Abs(blended.Single(c => c.Basis == KeyBasis.HistoricalCosts).Weight - 1m / 3m).ShouldBeLessThan(1e-26m);
    }

    [Fact]
    public void A_phase_in_of_one_year_is_refused()
    {
        Should.Throw<RuleViolationException>(() => PhaseIn.Blend(Historical, Inhabitants, 2020, 1, 2020)).Field.ShouldBe("Years");
    }
}
