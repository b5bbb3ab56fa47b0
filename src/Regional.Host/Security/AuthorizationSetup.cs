using Microsoft.AspNetCore.Authorization;
using Regional.Kernel.Identity;
using Regional.Kernel.Security;

namespace Regional.Host.Security;

internal static class AuthorizationSetup
{
    private static readonly Role[] AllRegionRoles = [Role.Purchaser, Role.MunicipalityUser, Role.FinanceController, Role.Auditor];

    public static IServiceCollection AddRegionalAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, RegionRoleHandler>();
        return services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.RegionRead, p => p.RequireAuthenticatedUser().AddRequirements(Region(true, AllRegionRoles)))
            .AddPolicy(Policies.RegionAdministration, p => p.RequireAuthenticatedUser().AddRequirements(Region(true)))
            .AddPolicy(Policies.MunicipalityEdit, p => p.RequireAuthenticatedUser().AddRequirements(Region(false, Role.Purchaser, Role.MunicipalityUser)))
            .AddPolicy(Policies.Declarations, p => p.RequireAuthenticatedUser().AddRequirements(Region(false, Role.Purchaser, Role.MunicipalityUser, Role.FinanceController)))
            .AddPolicy(Policies.AnswerSending, p => p.RequireAuthenticatedUser().AddRequirements(Region(false, Role.MunicipalityUser)))
            .AddPolicy(Policies.Purchasing, p => p.RequireAuthenticatedUser().AddRequirements(Region(false, Role.Purchaser)))
            .AddPolicy(Policies.Finance, p => p.RequireAuthenticatedUser().AddRequirements(Region(false, Role.FinanceController)).RequireAssertion(
                c => c.Resource is HttpContext http && http.Features.Get<RegionAccess>() is { SeesWholeRegion: true }))
            .AddPolicy(Policies.Budgets, p => p.RequireAuthenticatedUser().AddRequirements(Region(false, Role.FinanceController)))
            .AddPolicy(Policies.AuditRead, p => p.RequireAuthenticatedUser().AddRequirements(
                Region(true, Role.Auditor, Role.FinanceController, Role.Purchaser)))
            .AddPolicy(Policies.PlatformAdministration, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsPlatformAdministrator()))
            .Services;
    }

    private static RegionRoleRequirement Region(bool allowPlatformAdministrator, params Role[] roles) =>
        new(roles.ToHashSet(), allowPlatformAdministrator);
}
