using System.Globalization;
using System.Security.Claims;
using Regional.Kernel.Identity;

namespace Regional.Host.Security;

/// <summary>A user's right as carried in the auth cookie: role, region, municipality.</summary>
public sealed record Grant(Role Role, Guid? RegionId, Guid? MunicipalityId)
{
    public const string ClaimType = "regional:grant";

    public static Grant Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split('|');
        return new Grant(Enum.Parse<Role>(parts[0]), ParseId(parts[1]), ParseId(parts[2]));
    }

    public string Format() => string.Join('|', Role, RegionId?.ToString() ?? "", MunicipalityId?.ToString() ?? "");

    private static Guid? ParseId(string text) => text.Length == 0 ? null : Guid.Parse(text, CultureInfo.InvariantCulture);
}

public static class RegionalClaims
{
    private const string SessionClaim = "regional:session";

    private const string StampClaim = "regional:stamp";

    public static IReadOnlyList<Grant> Grants(this ClaimsPrincipal user) =>
        user.FindAll(Grant.ClaimType).Select(c => Grant.Parse(c.Value)).ToList();

    public static bool IsPlatformAdministrator(this ClaimsPrincipal user) =>
        user.Grants().Any(g => g.Role == Role.PlatformAdministrator);

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? SessionId(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(SessionClaim), out var id) ? id : null;

    public static Guid? SecurityStamp(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(StampClaim), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity?.Name ?? "";

    public static ClaimsPrincipal ToPrincipal(User user, Guid sessionId, Guid securityStamp, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.GivenName, user.DisplayName),
            new(SessionClaim, sessionId.ToString()),
            new(StampClaim, securityStamp.ToString()),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(Grant.ClaimType, new Grant(r.Role, r.RegionId, r.MunicipalityId).Format())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}
