using Microsoft.AspNetCore.Authentication;
using Regional.Host.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Api;

/// <summary>Sign-in for API clients: the same cookie as the web UI, answered with 401 instead of redirects.</summary>
internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/session", SignInAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimiting.Policy)
            .WithSummary("Sign in; sets the auth cookie of a new session.");
        api.MapDelete("/session", async (HttpContext http, UserSessions sessions) =>
        {
            await sessions.SignOutAsync(http).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithSummary("Sign out: ends the session, so its cookie no longer works.");
        api.MapGet("/me", Me).WithSummary("The signed-in user and their roles.");
    }

    private static async Task<IResult> SignInAsync(SignInRequest request, HttpContext http, SignInService signIn)
    {
        var result = await signIn.SignInAsync(request.UserName ?? "", request.Password ?? "", http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted)
            .ConfigureAwait(false);
        if (result.Principal is null)
        {
            return result.LockedOut
                ? TypedResults.Problem(SignInMessages.LockedOut, statusCode: StatusCodes.Status429TooManyRequests)
                : TypedResults.Problem(SignInMessages.Failed, statusCode: StatusCodes.Status401Unauthorized);
        }

        await http.SignInAsync(AuthenticationSetup.Scheme, result.Principal).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<MeDto> Me(HttpContext http, RegionDirectory directory)
    {
        var user = http.User;
        var grants = user.Grants();
        var regions = (await directory.RegionsAsync(http.RequestAborted).ConfigureAwait(false)).ToDictionary(r => r.Id, r => r.Code);
        var municipalityIds = grants.Where(g => g.MunicipalityId is not null).Select(g => g.MunicipalityId!.Value).ToList();
        var municipalities = (await directory.MunicipalitiesAsync(municipalityIds, http.RequestAborted).ConfigureAwait(false))
            .ToDictionary(m => m.Id, m => m.CbsCode);
        return new MeDto(
            user.Identity!.Name!,
            user.DisplayName(),
            grants.Select(g => new GrantDto(
                g.Role.ToString(),
                g.RegionId is { } r ? regions[r] : null,
                g.MunicipalityId is { } m ? municipalities[m] : null)).ToList());
    }
}
