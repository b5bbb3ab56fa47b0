using Regional.Kernel.Security;

namespace Regional.Kernel.Tenancy;

/// <summary>Named invariants of memberships; each has a test named after it.</summary>
internal static class MembershipRules
{
    public static void EndsOnOrAfterStart(RegionMembership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        if (membership.ValidTo < membership.ValidFrom)
        {
            throw new RuleViolationException(nameof(membership.ValidTo), "Het lidmaatschap kan niet eindigen voordat het begint.");
        }
    }

    /// <summary>A municipality is a member at most once per domain on any day.</summary>
    public static void DoesNotOverlap(RegionMembership membership, IEnumerable<RegionMembership> existing)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var clash = existing.FirstOrDefault(e => e.Domain == membership.Domain && e.Period.Overlaps(membership.Period));
        if (clash is not null)
        {
            throw new RuleViolationException(
                nameof(membership.ValidFrom), $"De gemeente is voor {membership.Domain} al lid in de periode {clash.Period}.");
        }
    }
}
