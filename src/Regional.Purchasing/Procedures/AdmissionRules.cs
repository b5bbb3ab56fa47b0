using Regional.Kernel.Security;

namespace Regional.Purchasing.Procedures;

/// <summary>Named rules of admission; each has a test named after it.</summary>
internal static class AdmissionRules
{
    public static void ApplicationsOnlyWhileOpen(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.Admission != AdmissionStatus.Open)
        {
            throw new RuleViolationException("Status", $"Aanmelden kan nu niet: de toelating is {(procedure.Admission == AdmissionStatus.Suspended ? "opgeschort" : "gesloten")}.");
        }
    }

    /// <summary>Admission requires every mandatory requirement assessed as met.</summary>
    public static void AllMandatoryRequirementsMet(IEnumerable<Requirement> requirements, IEnumerable<Assessment> assessments)
    {
        var met = assessments.Where(a => a.Met).Select(a => a.RequirementId).ToHashSet();
        var unmet = requirements.Where(r => r.Mandatory && !met.Contains(r.Id)).ToList();
        if (unmet.Count > 0)
        {
            throw new RuleViolationException(
                "Assessments", $"Toelaten kan niet: niet voldaan aan {string.Join("; ", unmet.Select(r => r.Text))}.");
        }
    }
}
