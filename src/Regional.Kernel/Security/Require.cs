using System.Net.Mail;

namespace Regional.Kernel.Security;

/// <summary>Checks of input fields shared by the modules' rules; each failure names the field.</summary>
public static class Require
{
    /// <param name="field">The input's name, as the API reports it.</param>
    /// <param name="label">What the user calls it, in the message ("de naam").</param>
    public static string Text(string field, string label, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
        {
            throw new RuleViolationException(field, $"Vul {label} in (1 tot {maxLength} tekens).");
        }

        return value.Trim();
    }

    public static string? OptionalEmail(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return MailAddress.TryCreate(value.Trim(), out _)
            ? value.Trim()
            : throw new RuleViolationException(field, $"'{value}' is geen geldig e-mailadres.");
    }

    public static string Digits(string field, string label, string? value, int count, string example)
    {
        var trimmed = value?.Trim();
        return trimmed is not null && trimmed.Length == count && trimmed.All(char.IsAsciiDigit)
            ? trimmed
            : throw new RuleViolationException(field, $"{label} '{value}' is ongeldig: precies {count} cijfers, bijvoorbeeld {example}.");
    }
}
