namespace Regional.Kernel.Values;

/// <summary>Integer apportionment by the largest-remainder (Hamilton) method.</summary>
internal static class LargestRemainder
{
    public static long[] Split(long total, IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new ArgumentException("At least one weight is needed to split an amount.", nameof(weights));
        }

        if (weights.Any(w => w < 0))
        {
            throw new ArgumentException("Weights must not be negative.", nameof(weights));
        }

        var weightSum = weights.Sum();
        if (weightSum == 0)
        {
            throw new ArgumentException("Weights must not all be zero.", nameof(weights));
        }

        // Work on the absolute value so a negative total (a refund) rounds symmetrically.
        var sign = Math.Sign(total);
        var magnitude = Math.Abs(total);
        var parts = new long[weights.Count];
        var remainders = new decimal[weights.Count];
        long assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = magnitude * (weights[i] / weightSum);
            parts[i] = decimal.ToInt64(decimal.Floor(exact));
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }

        var order = Enumerable.Range(0, weights.Count)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i);
        foreach (var i in order.Take(checked((int)(magnitude - assigned))))
        {
            parts[i]++;
        }

        return parts.Select(p => p * sign).ToArray();
    }
}
