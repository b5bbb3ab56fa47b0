using Regional.Kernel.Tenancy;

namespace Regional.Host.Tenancy;

/// <summary>
/// For every route with a <c>{region}</c> value: resolves the user's access to that region and
/// opens the tenant scope for the rest of the request. A region the user may not see answers 404,
/// exactly like one that does not exist, so its existence is not revealed either.
/// </summary>
public sealed class RegionTenantMiddleware(RequestDelegate next)
{
    public const string RouteKey = "region";

    public async Task InvokeAsync(HttpContext context, RegionAccessResolver resolver, TenantContext tenants)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetRouteValue(RouteKey) is not string code || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var access = await resolver.ResolveAsync(context.User, code, context.RequestAborted).ConfigureAwait(false);
        if (access is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Features.Set(access);
        using (tenants.Begin(access.Scope))
        {
            await next(context).ConfigureAwait(false);
        }
    }
}
