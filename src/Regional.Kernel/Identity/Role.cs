namespace Regional.Kernel.Identity;

/// <summary>What a user does in Regional; see README.md "Roles".</summary>
public enum Role
{
    /// <summary>Runs the platform: regions, memberships, users. Not tied to one region.</summary>
    PlatformAdministrator,

    /// <summary>Regional purchaser / contract manager of a region.</summary>
    Purchaser,

    /// <summary>Works for one member municipality and sees its share.</summary>
    MunicipalityUser,

    /// <summary>Keeps budgets and settles pools, for the whole region or for one municipality.</summary>
    FinanceController,

    /// <summary>Reads everything of a region, changes nothing.</summary>
    Auditor,
}
