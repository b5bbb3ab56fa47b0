using System.Text.RegularExpressions;

namespace Regional.Host.Tests;

/// <summary>The antiforgery token a page's forms carry, to post a form as the browser would.</summary>
public static partial class FormToken
{
    public static string In(string html) => Field().Match(html) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("The page has no form with an antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Field();
}
