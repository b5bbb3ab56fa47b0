using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;

namespace Regional.Jeugd;

/// <summary>
/// The Jeugdwet module's one registration entry point. Its catalogue: iJw 3.2 product categories (code list JZ020);
/// its message standard (iJw 3.2: toewijzing, declaratie, declaratie-antwoord); and what its care leaves behind
/// at 18, for the continuity of care.
/// </summary>
public static class JeugdModuleExtensions
{
    public static IServiceCollection AddJeugdModule(this IServiceCollection services) =>
        services.AddDomainModule(new CatalogueModule(SocialDomain.Jeugd, "Jeugdwet", typeof(JeugdModuleExtensions).Assembly))
            .AddMessageStandard(new MessageStandard(SocialDomain.Jeugd, "iJw 3.2", "jw", "http://www.istandaarden.nl/ijw/3_2",
                new Dictionary<string, string> { ["301"] = "436", ["323"] = "490", ["325"] = "491" }, typeof(JeugdModuleExtensions).Assembly))
            .AddNeedsAt18(
                new("40", ContinuityNeed.PersonalCare),
                new("41", ContinuityNeed.DaytimeActivity),
                new("42", ContinuityNeed.Transport),
                new("43", ContinuityNeed.Housing),
                new("43", ContinuityNeed.Support),
                new("44", ContinuityNeed.Housing),
                new("45", ContinuityNeed.Support),
                new("50", ContinuityNeed.Support));
}
