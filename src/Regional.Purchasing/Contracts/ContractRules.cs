using Regional.Kernel.Security;
using Regional.Purchasing.Procedures;

namespace Regional.Purchasing.Contracts;

/// <summary>Named rules of contracts; each has a test named after it.</summary>
internal static class ContractRules
{
    public static void ProviderIsAdmitted(Admission admission)
    {
        ArgumentNullException.ThrowIfNull(admission);
        if (admission.Decision != AdmissionDecision.Admitted)
        {
            throw new RuleViolationException("AdmissionId", "Een contract kan alleen met een toegelaten aanbieder.");
        }
    }

    /// <summary>A contract's term (with extensions) lies within its procedure's period.</summary>
    public static void TermWithinProcedure(DateOnly startsOn, DateOnly endsOn, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (endsOn < startsOn)
        {
            throw new RuleViolationException("EndsOn", "Een contract kan niet eindigen voordat het begint.");
        }

        if (startsOn < procedure.StartsOn || endsOn > procedure.EndsOn)
        {
            var until = procedure.EndsOn is { } end ? $" tot en met {end:dd-MM-yyyy}" : "";
            throw new RuleViolationException(
                startsOn < procedure.StartsOn ? "StartsOn" : "EndsOn",
                $"De looptijd valt buiten de procedure {procedure.Name} (vanaf {procedure.StartsOn:dd-MM-yyyy}{until}).");
        }
    }

    /// <summary>A contract covers only products within its procedure's scope, and at least one.</summary>
    public static void ProductsWithinProcedure(IReadOnlyCollection<Guid> productIds, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        ArgumentNullException.ThrowIfNull(procedure);
        if (productIds.Count == 0)
        {
            throw new RuleViolationException("ProductIds", "Kies ten minste één product.");
        }

        var scope = procedure.Products.Select(p => p.ProductId).ToHashSet();
        if (productIds.Any(id => !scope.Contains(id)))
        {
            throw new RuleViolationException("ProductIds", $"Het contract mag alleen producten uit de procedure {procedure.Name} bevatten.");
        }
    }
}
