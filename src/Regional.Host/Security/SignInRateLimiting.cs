using System.Globalization;
using System.Threading.RateLimiting;

namespace Regional.Host.Security;

/// <summary>
/// Limits sign-in attempts per client address on the sign-in endpoints themselves (the policy is endpoint
/// metadata, so every spelling of the path that reaches the endpoint counts), so passwords cannot be guessed at
/// speed. Only POSTs count: showing the sign-in page is free.
/// </summary>
internal static class SignInRateLimiting
{
    public const string Policy = "sign-in";

    public const string RefusedMessage = "Te veel inlogpogingen vanaf dit adres. Probeer het over enkele minuten opnieuw.";

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, SignInLimits limits) =>
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.AttemptsPerWindow, Window = limits.Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (context, _) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = ((int)limits.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                if (http.Request.IsApi())
                {
                    await Results.Problem(RefusedMessage, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http).ConfigureAwait(false);
                }
                else
                {
                    // Back to the sign-in page, which says why in its own words.
                    http.Response.StatusCode = StatusCodes.Status303SeeOther;
                    http.Response.Headers.Location = "/inloggen?teveel=1";
                }
            };
        });
}
