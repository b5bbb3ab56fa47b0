using Regional.Kernel.Security;

namespace Regional.Finance.Keys;

/// <summary>
/// A phase-in (ingroeiregeling) from one key to another over a number of years: in year k of n the new
/// key weighs k/n and the old one the rest, so that municipalities grow into a new key instead of
/// facing its full effect at once. The result is an ordinary mixed key for one pool year.
/// </summary>
internal static class PhaseIn
{
    public static IReadOnlyList<KeyComponent> Blend(IReadOnlyList<KeyComponent> from, IReadOnlyList<KeyComponent> to, int firstYear, int years, int year)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (years is < 2 or > 10)
        {
            throw new RuleViolationException("Years", "Een ingroeiregeling duurt 2 tot en met 10 jaar.");
        }

        KeyRules.WeightsAreNonNegativeAndSumToOne(from);
        KeyRules.WeightsAreNonNegativeAndSumToOne(to);
        var step = Math.Clamp(year - firstYear + 1, 0, years);
        var weightOfNew = (decimal)step / years;
        var blended = from.Select(c => c with { Weight = c.Weight * (1 - weightOfNew) })
            .Concat(to.Select(c => c with { Weight = c.Weight * weightOfNew }))
            .GroupBy(c => c.Basis)
            .Select(g => new KeyComponent(g.Key, g.Sum(c => c.Weight)))
            .Where(c => c.Weight > 0)
            .OrderByDescending(c => c.Weight).ThenBy(c => c.Basis)
            .ToList();
        // Weights keep decimal's full 28 digits (k/n is not cut to a few decimals, which cost euros on a large pool);
        // the last digit's difference goes to the heaviest, so they sum to exactly 1.
        blended[0] = blended[0] with { Weight = blended[0].Weight + 1m - blended.Sum(c => c.Weight) };
        return blended;
    }
}
