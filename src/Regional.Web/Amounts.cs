using System.Globalization;
using Regional.Kernel.Security;

namespace Regional.Web;

/// <summary>Amounts and numbers as Dutch users type them in forms: 1.234,56.</summary>
public static class Amounts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <param name="whenEmpty">The value of an empty field, where the field may be left empty.</param>
    public static decimal Parse(string field, string? text, decimal? whenEmpty = null) =>
        string.IsNullOrWhiteSpace(text) && whenEmpty is { } fallback ? fallback
        : decimal.TryParse(text, NumberStyles.Number, Dutch, out var value) ? value
        : throw new RuleViolationException(field, $"'{text}' is geen bedrag of getal (schrijf bijvoorbeeld 1.250.000,00 of 0,6).");

    /// <summary>An optional field: empty means no value.</summary>
    public static decimal? ParseOptional(string field, string? text) => string.IsNullOrWhiteSpace(text) ? null : Parse(field, text);
}
