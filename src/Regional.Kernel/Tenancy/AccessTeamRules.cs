using Regional.Kernel.Security;

namespace Regional.Kernel.Tenancy;

/// <summary>Named invariants of access teams; each has a test named after it.</summary>
internal static class AccessTeamRules
{
    public static void HasNameAndValidContact(NewAccessTeam team)
    {
        ArgumentNullException.ThrowIfNull(team);
        Require.Text(nameof(team.Name), "de naam", team.Name);
        Require.OptionalEmail(nameof(team.Email), team.Email);
    }
}
