using Regional.Kernel.Identity;
using Regional.Kernel.Tenancy;

namespace Regional.Web;

/// <summary>
/// What the signed-in user may do in the region named by the route; set by
/// the host's tenant middleware before authorization runs.
/// </summary>
public sealed record RegionAccess(Region Region, IReadOnlySet<Role> Roles, TenantScope Scope, bool IsPlatformAdministrator)
{
    public bool Has(params Role[] roles) => roles.Any(Roles.Contains);

    /// <summary>Sees all member municipalities (regional roles) rather than one or a few.</summary>
    public bool SeesWholeRegion => Scope.SeesWholeRegion;
}
