using Microsoft.AspNetCore.Authorization;
using Regional.Host.Tenancy;
using Regional.Kernel.Identity;

namespace Regional.Host.Security;

/// <summary>Holds when the user has one of the roles in the route's region (or is platform administrator, where allowed).</summary>
public sealed record RegionRoleRequirement(IReadOnlySet<Role> Roles, bool AllowPlatformAdministrator) : IAuthorizationRequirement;

internal sealed class RegionRoleHandler : AuthorizationHandler<RegionRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RegionRoleRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.Features.Get<RegionAccess>() is { } access &&
            ((requirement.AllowPlatformAdministrator && access.IsPlatformAdministrator) || requirement.Roles.Overlaps(access.Roles)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
