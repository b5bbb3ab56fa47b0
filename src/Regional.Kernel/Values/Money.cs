using System.Globalization;

namespace Regional.Kernel.Values;

/// <summary>
/// An amount in euros, always held to whole cents. Arithmetic never leaves the cent grid except
/// through <see cref="Allocate"/>, which splits without creating or losing a cent.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public Money(decimal euros)
    {
        if (decimal.Round(euros, 2) != euros)
        {
            throw new ArgumentException($"An amount must be in whole cents; {euros} is not.", nameof(euros));
        }

        Euros = euros;
    }

    public decimal Euros { get; }

    public long Cents => decimal.ToInt64(Euros * 100m);

    public static Money Zero => default;

    public static Money FromCents(long cents) => new(cents / 100m);

    public static Money operator +(Money left, Money right) => new(left.Euros + right.Euros);

    public static Money operator -(Money left, Money right) => new(left.Euros - right.Euros);

    public static Money operator -(Money value) => new(-value.Euros);

    public static bool operator <(Money left, Money right) => left.Euros < right.Euros;

    public static bool operator >(Money left, Money right) => left.Euros > right.Euros;

    public static bool operator <=(Money left, Money right) => left.Euros <= right.Euros;

    public static bool operator >=(Money left, Money right) => left.Euros >= right.Euros;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Negate(Money value) => -value;

    public int CompareTo(Money other) => Euros.CompareTo(other.Euros);

    /// <summary>
    /// Splits this amount over the given non-negative weights by the largest-remainder method: each
    /// part gets its share rounded down to the cent, and the cents left over go, one each, to the parts
    /// with the largest remainders (ties to the earlier part). The parts always sum to this amount.
    /// </summary>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<decimal> weights) =>
        LargestRemainder.Split(Cents, weights).Select(FromCents).ToList();

    /// <summary>Dutch notation as the web UI shows it: <c>€ 1.234,56</c>.</summary>
    public override string ToString() => Euros.ToString("C2", Dutch);
}
