using System.Globalization;
using Regional.Kernel.Security;

namespace Regional.Host.Pages;

/// <summary>Amounts as Dutch users type them in forms: 1.234,56.</summary>
public static class Amounts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static decimal Parse(string field, string? text) =>
        decimal.TryParse(text, NumberStyles.Number, Dutch, out var value)
            ? value
            : throw new RuleViolationException(field, $"'{text}' is geen bedrag (schrijf bijvoorbeeld 1.250.000,00).");
}
