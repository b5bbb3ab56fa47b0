using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;

namespace Regional.Participatie;

/// <summary>
/// The Participatiewet module's one registration entry point. Its catalogue: the Participatiewet's instruments; there is no national code list, so their codes are Regional's own.
/// </summary>
public static class ParticipatieModuleExtensions
{
    public static IServiceCollection AddParticipatieModule(this IServiceCollection services) =>
        services.AddDomainModule(new CatalogueModule(SocialDomain.Participatie, "Participatiewet", typeof(ParticipatieModuleExtensions).Assembly))
            .AddTakeUpsAt18(
                new(ContinuityNeed.Work, SocialDomain.Participatie, "P01"),
                new(ContinuityNeed.DaytimeActivity, SocialDomain.Participatie, "P06"));
}
