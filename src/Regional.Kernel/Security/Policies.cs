namespace Regional.Kernel.Security;

/// <summary>
/// Authorization policy names. Every endpoint and page names one; anything that names none still
/// requires a signed-in user (the fallback policy). Region policies are checked against the roles
/// the user holds in the region of the route.
/// </summary>
public static class Policies
{
    /// <summary>Any role in the route's region, or the platform administrator.</summary>
    public const string RegionRead = "region-read";

    /// <summary>Changing a region's members and domains: platform administrator.</summary>
    public const string RegionAdministration = "region-administration";

    /// <summary>Changing a municipality's own data: its municipality user, or the region's purchaser.</summary>
    public const string MunicipalityEdit = "municipality-edit";

    /// <summary>
    /// Receiving declarations and answering them (the 325 names clients): a municipality's user or finance
    /// controller for its own, or the region's purchaser or controller on the members' behalf (RLS limits which).
    /// </summary>
    public const string Declarations = "declarations";

    /// <summary>
    /// Recording that a declaration's answer went out to the provider: the municipality's own user, who sends it.
    /// Downloading the answer changes nothing.
    /// </summary>
    public const string AnswerSending = "answer-sending";

    /// <summary>Joint purchasing's changes (products, providers, procedures, contracts, tariffs, solidarity): the region's purchaser.</summary>
    public const string Purchasing = "purchasing";

    /// <summary>Finance's changes (pool keys, settlements, costs): the region's finance controller.</summary>
    public const string Finance = "finance";

    /// <summary>Keeping budgets: a finance controller, of the region or of the municipality itself (RLS limits which).</summary>
    public const string Budgets = "budgets";

    /// <summary>Reading the audit log: auditor, finance controller, purchaser, platform administrator.</summary>
    public const string AuditRead = "audit-read";

    /// <summary>Platform-wide administration outside any region.</summary>
    public const string PlatformAdministration = "platform-administration";
}
