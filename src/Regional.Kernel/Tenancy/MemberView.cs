namespace Regional.Kernel.Tenancy;

/// <summary>A member municipality of the current region with its memberships per domain.</summary>
public sealed record MemberView(Guid MunicipalityId, string CbsCode, string Name, IReadOnlyList<RegionMembership> Memberships)
{
    /// <summary>Member for that domain on that day (e.g. Jeugd through the region, Wmo on its own).</summary>
    public bool IsMemberFor(SocialDomain domain, DateOnly day) =>
        Memberships.Any(m => m.Domain == domain && m.Period.Contains(day));
}
