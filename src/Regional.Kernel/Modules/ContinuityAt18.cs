using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Modules;

/// <summary>What a young client may still need when youth care ends at 18 (the "doorgaande zorglijn").</summary>
public enum ContinuityNeed
{
    [Display(Name = "begeleiding")]
    Support,
    [Display(Name = "wonen")]
    Housing,
    [Display(Name = "dagbesteding")]
    DaytimeActivity,
    [Display(Name = "werk")]
    Work,
    [Display(Name = "persoonlijke verzorging")]
    PersonalCare,
    [Display(Name = "vervoer")]
    Transport,
}

/// <summary>Published by the Jeugd module: care of this Jeugd category leaves this need at 18.</summary>
public sealed record NeedAt18(string JeugdCategory, ContinuityNeed Need);

/// <summary>Published by the Wmo and Participatie modules: this category of theirs takes up that need.</summary>
public sealed record TakeUpAt18(ContinuityNeed Need, SocialDomain Domain, string Category);

/// <summary>
/// The kernel's meeting point for continuity at 18: the Jeugd module says what its care leaves behind, the
/// Wmo and Participatie modules say what they take up, and no module references another.
/// </summary>
public sealed class ContinuityMap(IEnumerable<NeedAt18> needs, IEnumerable<TakeUpAt18> takeUps)
{
    private readonly List<NeedAt18> needs = [.. needs];
    private readonly List<TakeUpAt18> takeUps = [.. takeUps];

    public IReadOnlyList<ContinuityNeed> NeedsAfter(string jeugdCategory) =>
        needs.Where(n => n.JeugdCategory == jeugdCategory).Select(n => n.Need).ToList();

    public IReadOnlyList<TakeUpAt18> TakeUps(ContinuityNeed need) => takeUps.Where(t => t.Need == need).ToList();
}

public static class ContinuityRegistration
{
    public static IServiceCollection AddNeedsAt18(this IServiceCollection services, params NeedAt18[] needs)
    {
        foreach (var need in needs)
        {
            services.AddSingleton(need);
        }

        services.AddMapOnce();
        return services;
    }

    public static IServiceCollection AddTakeUpsAt18(this IServiceCollection services, params TakeUpAt18[] takeUps)
    {
        foreach (var takeUp in takeUps)
        {
            services.AddSingleton(takeUp);
        }

        services.AddMapOnce();
        return services;
    }

    private static void AddMapOnce(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(ContinuityMap)))
        {
            services.AddSingleton<ContinuityMap>();
        }
    }
}
