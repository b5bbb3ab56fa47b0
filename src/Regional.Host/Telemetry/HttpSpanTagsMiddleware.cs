using System.Diagnostics;

namespace Regional.Host.Telemetry;

/// <summary>
/// ASP.NET Core starts a span per request but, without the instrumentation package (not available
/// here), leaves it bare. This adds the semantic-convention tags a trace viewer needs.
/// </summary>
internal sealed class HttpSpanTagsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = Activity.Current;
        if (activity is null || !activity.IsAllDataRequested)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        activity.SetTag("http.request.method", context.Request.Method);
        activity.SetTag("url.path", context.Request.Path.Value);
        if (route is not null)
        {
            activity.SetTag("http.route", route);
            activity.DisplayName = $"{context.Request.Method} {route}";
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            activity.SetTag("http.response.status_code", context.Response.StatusCode);
        }
    }
}
