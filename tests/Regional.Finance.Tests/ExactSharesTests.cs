using System.Numerics;
using Regional.Finance.Keys;
using Regional.Finance.Settlements;
using Regional.Kernel.Values;

namespace Regional.Finance.Tests;

/// <summary>
/// Shares under a phase-in or a mixed key match exact (rational) arithmetic to the cent, also on a pool the size
/// of RIGG's youth care (six-decimal weights were off by up to € 4,58 per municipality there).
/// </summary>
public sealed class ExactSharesTests
{
    private static readonly Money RiggPool = new(277_638_868.52m);

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(1, 7)]
    [InlineData(5, 9)]
    public void A_phase_in_year_splits_the_pool_as_exact_fractions_would(int year, int years)
    {
        var members = Enumerable.Range(1, 10).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();
        var inhabitants = members.Select((m, i) => new KeyInput(m, KeyBasis.Inhabitants, 7_919 + (i * 104_729 % 233_000))).ToList();
        var historical = members.Select((m, i) => new KeyInput(m, KeyBasis.HistoricalCosts, 1_000_003.17m * (i + 1) + (i * 7_777.77m))).ToList();
        var blended = PhaseIn.Blend([new(KeyBasis.HistoricalCosts, 1m)], [new(KeyBasis.Inhabitants, 1m)], firstYear: 2020, years, 2020 + year - 1);

        var shares = DistributionKey.Compute(members, blended, [.. inhabitants, .. historical]);
        var lines = SettlementCalculator.Calculate(RiggPool, shares, []);

        var exact = ExactObligations(RiggPool.Cents, new Fraction(year, years), inhabitants, historical);
        lines.OrderBy(l => l.MunicipalityId).Select(l => l.Obligation.Cents).ShouldBe(exact);
        lines.Sum(l => l.Obligation.Euros).ShouldBe(RiggPool.Euros);
    }

    /// <summary>Largest remainder on exact fractions: share = (1 - w) x cost/total cost + w x inhabitants/total inhabitants.</summary>
    private static long[] ExactObligations(long cents, Fraction weightOfNew, IReadOnlyList<KeyInput> inhabitants, IReadOnlyList<KeyInput> historical)
    {
        var order = inhabitants.Select(i => i.MunicipalityId).Order().ToList();
        var totalInhabitants = Fraction.Of(inhabitants.Sum(i => i.Value));
        var totalCosts = Fraction.Of(historical.Sum(h => h.Value));
        var exact = order.Select(m =>
            (((Fraction.One - weightOfNew) * Fraction.Of(historical.Single(h => h.MunicipalityId == m).Value) / totalCosts)
                + (weightOfNew * Fraction.Of(inhabitants.Single(i => i.MunicipalityId == m).Value) / totalInhabitants)) * new Fraction(cents, 1)).ToList();
        var parts = exact.Select(e => e.Floor).ToArray();
        var left = cents - parts.Sum();
        foreach (var i in Enumerable.Range(0, exact.Count).OrderByDescending(i => exact[i] - new Fraction(parts[i], 1)).ThenBy(i => i).Take((int)left))
        {
            parts[i]++;
        }

        return parts;
    }

    private readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator) : IComparable<Fraction>
    {
        public static Fraction One => new(1, 1);

        public long Floor => (long)BigInteger.Divide(Numerator, Denominator);

        public static Fraction Of(decimal value)
        {
            var scale = value.Scale;
            return new Fraction(new BigInteger(value * (decimal)Math.Pow(10, scale)), BigInteger.Pow(10, scale));
        }

        public static Fraction operator +(Fraction a, Fraction b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

        public static Fraction operator -(Fraction a, Fraction b) => new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

        public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

        public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

        public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }
}
