using System.Net.Mail;
using Regional.Kernel.Security;

namespace Regional.Kernel.Tenancy;

/// <summary>Named invariants of access teams; each has a test named after it.</summary>
public static class AccessTeamRules
{
    public const int MaxNameLength = 200;

    public static void HasNameAndValidContact(NewAccessTeam team)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (string.IsNullOrWhiteSpace(team.Name) || team.Name.Trim().Length > MaxNameLength)
        {
            throw new RuleViolationException(nameof(team.Name), $"Geef het toegangsteam een naam van 1 tot {MaxNameLength} tekens.");
        }

        if (!string.IsNullOrWhiteSpace(team.Email) && !MailAddress.TryCreate(team.Email.Trim(), out _))
        {
            throw new RuleViolationException(nameof(team.Email), $"'{team.Email}' is geen geldig e-mailadres.");
        }
    }
}
