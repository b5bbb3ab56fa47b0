using Regional.Kernel.Identity;

namespace Regional.Kernel.Demo;

/// <summary>The demo users: one per role per seed region (and a municipality-bound controller), plus the platform administrator.</summary>
internal static class DemoUsers
{
    public static IEnumerable<DemoUser> All()
    {
        yield return new("beheerder", "Platformbeheerder", Role.PlatformAdministrator, null, null);
        foreach (var region in DemoRegions.Regions)
        {
            var (suffix, showcase) = (region.UserSuffix, region.Showcase);
            var town = showcase.Name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            yield return new($"inkoper.{suffix}", $"Inkoper {region.Name}", Role.Purchaser, region.Code, null);
            yield return new($"gemeente.{town}", $"Medewerker gemeente {showcase.Name}", Role.MunicipalityUser, region.Code, showcase.CbsCode);
            yield return new($"controller.{suffix}", $"Controller {region.Name}", Role.FinanceController, region.Code, null);
            yield return new($"controller2.{suffix}", $"Tweede controller {region.Name} (vier ogen)", Role.FinanceController, region.Code, null);
            yield return new($"controller.{town}", $"Controller gemeente {showcase.Name}", Role.FinanceController, region.Code, showcase.CbsCode);
            yield return new($"auditor.{suffix}", $"Auditor {region.Name}", Role.Auditor, region.Code, null);
        }
    }
}

internal sealed record DemoUser(string UserName, string DisplayName, Role Role, string? RegionCode, string? CbsCode);

/// <summary>A demo account as printed at start-up in development.</summary>
public sealed record DemoAccount(string UserName, string Role, string? Region, string Password);
