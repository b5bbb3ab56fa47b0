using Microsoft.AspNetCore.WebUtilities;

namespace Regional.Host.Api;

/// <summary>
/// The API's problems in Dutch: where an answer carries only its status (the framework's own 401, 404, 405, 415 and the
/// like), its title is said in Dutch instead of the English reason phrase. A title the app chose is kept.
/// </summary>
internal static class DutchProblemTitles
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = "Het verzoek klopt niet.",
        [StatusCodes.Status401Unauthorized] = "U bent niet aangemeld.",
        [StatusCodes.Status403Forbidden] = "U mag dit niet.",
        [StatusCodes.Status404NotFound] = "Niet gevonden.",
        [StatusCodes.Status405MethodNotAllowed] = "Deze handeling kan hier niet.",
        [StatusCodes.Status409Conflict] = "Dit botst met wat er al is.",
        [StatusCodes.Status413PayloadTooLarge] = "De inhoud is te groot.",
        [StatusCodes.Status415UnsupportedMediaType] = "Deze soort inhoud wordt hier niet gelezen; stuur application/json.",
        [StatusCodes.Status429TooManyRequests] = "Te veel verzoeken; probeer het straks opnieuw.",
        [StatusCodes.Status500InternalServerError] = "Er ging iets mis aan de kant van het platform.",
        [StatusCodes.Status503ServiceUnavailable] = "Het platform is even niet beschikbaar.",
    };

    public static void Apply(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (problem.Status is { } status && (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status)) && Titles.TryGetValue(status, out var title))
        {
            problem.Title = title;
        }
    }
}
