using System.Threading.RateLimiting;

namespace Regional.Host.Security;

/// <summary>
/// Limits sign-in attempts per client address (POSTs to the login page and the API session), so
/// passwords cannot be guessed at speed. Other requests are not limited here.
/// </summary>
internal static class SignInRateLimiting
{
    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Regional:SignInAttemptsPerWindow", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("Regional:SignInWindowSeconds", 300));
        return services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignIn(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                const string message = "Te veel inlogpogingen. Probeer het over enkele minuten opnieuw.";
                if (context.HttpContext.Request.IsApi())
                {
                    await Results.Problem(message, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext).ConfigureAwait(false);
                }
                else
                {
                    response.ContentType = "text/plain; charset=utf-8";
                    await response.WriteAsync(message, cancellationToken).ConfigureAwait(false);
                }
            };
        });
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) &&
        (request.Path.Equals("/inloggen", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/api/session", StringComparison.OrdinalIgnoreCase));
}
