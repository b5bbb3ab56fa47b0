using Microsoft.AspNetCore.Diagnostics;
using Regional.Finance.Owners;
using Regional.Host.Security;

namespace Regional.Host.Cluster;

/// <summary>
/// A grain whose silo was lost, past the callers' own retries: 503 with Retry-After (API) or the page that says so
/// (web UI), never a 500. Repeating the request is safe: whatever it posted is not posted twice.
/// </summary>
internal sealed class ClusterUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!ClusterFaults.IsTransient(exception))
        {
            return false;
        }

        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!httpContext.Request.IsApi())
        {
            httpContext.Response.Redirect("/fout/503");
            return true;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Het platform herstelt van een uitgevallen server.",
                Detail = $"Probeer het over {RetryAfterSeconds} seconden opnieuw; wat al geboekt is, wordt niet dubbel geboekt.",
            },
        }).ConfigureAwait(false);
    }
}
