using Microsoft.AspNetCore.Antiforgery;

namespace Regional.Host.Security;

/// <summary>
/// The JSON API is signed in by cookie, and SameSite does not stop a sibling origin (another port or subdomain of
/// the same site) from sending it. So a request that changes something must show it comes from this site: an
/// Origin header equal to this host's, or a valid antiforgery token in the request header.
/// </summary>
internal sealed class ApiRequestOrigin(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string Refusal =
        "Verzoek geweigerd: het komt niet van deze site. Stuur de header Origin met het adres van Regional mee, of een antiforgery-token (header RequestVerificationToken).";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.IsApi() || IsSafe(context.Request.Method) || FromThisSite(context.Request)
            || await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await Results.Problem(Refusal, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context).ConfigureAwait(false);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool FromThisSite(HttpRequest request) =>
        string.Equals(request.Headers.Origin.ToString(), $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
}
