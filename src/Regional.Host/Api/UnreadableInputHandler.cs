using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Regional.Host.Security;

namespace Regional.Host.Api;

/// <summary>
/// An API request the framework could not read into its parameters (a body that is no JSON or has a value of the wrong
/// kind, such as an unknown choice; a query value that is no number; a required value left out): 400 (or 413, 415) with
/// a problem in Dutch naming the field, instead of the framework's bare "Bad Request". Nothing ran, so nothing was saved.
/// </summary>
internal sealed partial class UnreadableInputHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException unreadable || !httpContext.Request.IsApi())
        {
            return false;
        }

        var (field, message) = Describe(unreadable);
        httpContext.Response.StatusCode = unreadable.StatusCode;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = unreadable.StatusCode, Title = "De invoer kan niet worden gelezen.", Detail = message },
        };
        context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        return await problems.TryWriteAsync(context).ConfigureAwait(false);
    }

    private static (string Field, string Message) Describe(BadHttpRequestException unreadable)
    {
        if (unreadable.InnerException is JsonException { Path: { Length: > 1 } path })
        {
            var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
            return (field, $"{field} heeft een waarde van de verkeerde soort of een onbekende keuze.");
        }

        if (unreadable.InnerException is JsonException || unreadable.Message.Contains("body", StringComparison.Ordinal))
        {
            return ("body", unreadable.StatusCode == StatusCodes.Status413PayloadTooLarge ? "De inhoud is te groot." : "De inhoud ontbreekt of is geen JSON van de verwachte vorm.");
        }

        // The framework names the parameter as "Type name" in its (English) message; the user gets the name only.
        return Parameter().Match(unreadable.Message) is { Success: true } named
            ? (named.Groups["name"].Value, $"{named.Groups["name"].Value} ontbreekt of heeft een waarde van de verkeerde soort.")
            : ("request", "Het verzoek kan niet worden gelezen.");
    }

    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)""")]
    private static partial Regex Parameter();
}
