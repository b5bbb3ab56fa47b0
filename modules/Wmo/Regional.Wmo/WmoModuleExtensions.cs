using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;

namespace Regional.Wmo;

/// <summary>
/// The Wmo 2015 module's one registration entry point. Its catalogue: iWmo 3.2 product categories (code list WMO020);
/// its message standard (iWmo 3.2: toewijzing, declaratie, declaratie-antwoord).
/// </summary>
public static class WmoModuleExtensions
{
    public static IServiceCollection AddWmoModule(this IServiceCollection services) =>
        services.AddDomainModule(new CatalogueModule(SocialDomain.Wmo, "Wmo 2015", typeof(WmoModuleExtensions).Assembly))
            .AddMessageStandard(new MessageStandard(SocialDomain.Wmo, "iWmo 3.2", "wmo", "http://www.istandaarden.nl/iwmo/3_2",
                new Dictionary<string, string> { ["301"] = "414", ["323"] = "484", ["325"] = "485" }, typeof(WmoModuleExtensions).Assembly))
            .AddTakeUpsAt18(
                new(ContinuityNeed.Support, SocialDomain.Wmo, "02"),
                new(ContinuityNeed.PersonalCare, SocialDomain.Wmo, "03"),
                new(ContinuityNeed.Housing, SocialDomain.Wmo, "15"),
                new(ContinuityNeed.DaytimeActivity, SocialDomain.Wmo, "07"),
                new(ContinuityNeed.Transport, SocialDomain.Wmo, "08"));
}
