using Regional.Kernel.Security;

namespace Regional.Kernel.Privacy;

/// <summary>
/// A burgerservicenummer: nine digits that pass the eleven-test. Special personal data: it prints masked
/// (<see cref="ToString"/>), so a BSN that slips into a log line or a page shows only its last three digits.
/// </summary>
public readonly record struct Bsn
{
    private static readonly int[] Weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];

    private Bsn(string digits) => Digits = digits;

    /// <summary>The nine digits; only for protecting and matching, never for display.</summary>
    public string Digits { get; }

    public string Masked => "******" + Digits[^3..];

    /// <summary>Reads a BSN as people write it (spaces and dots allowed; eight digits get their leading zero).</summary>
    public static Bsn Parse(string field, string? text)
    {
        var digits = new string((text ?? "").Where(c => c is not (' ' or '.')).ToArray());
        digits = digits.Length == 8 ? "0" + digits : digits;
        return IsValid(digits)
            ? new Bsn(digits)
            : throw new RuleViolationException(field, "Dit is geen geldig burgerservicenummer: negen cijfers die de elfproef doorstaan.");
    }

    public static bool IsValid(string digits) =>
        digits.Length == 9 && digits.All(char.IsAsciiDigit) && digits.Any(c => c != '0')
        && digits.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11 == 0;

    public override string ToString() => Masked;
}
