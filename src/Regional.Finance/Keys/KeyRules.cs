using Regional.Kernel.Security;

namespace Regional.Finance.Keys;

/// <summary>Named rules of distribution keys; each has a test named after it.</summary>
internal static class KeyRules
{
    public static void WeightsAreNonNegativeAndSumToOne(IReadOnlyList<KeyComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0 || components.Any(c => c.Weight < 0))
        {
            throw new RuleViolationException("Components", "Een verdeelsleutel heeft ten minste één onderdeel, met een gewicht van nul of meer.");
        }

        if (components.Sum(c => c.Weight) != 1m)
        {
            throw new RuleViolationException("Components", $"De gewichten tellen op tot {components.Sum(c => c.Weight).ToString(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}, niet precies 1.");
        }

        if (components.Select(c => c.Basis).Distinct().Count() != components.Count)
        {
            throw new RuleViolationException("Components", "Elke grondslag komt ten hoogste één keer in de sleutel voor.");
        }
    }

    public static void EveryMemberHasAValuePerComponent(IReadOnlyCollection<Guid> members, IReadOnlyList<KeyComponent> components, IReadOnlyCollection<KeyInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var component in components)
        {
            var missing = members.Count(m => !inputs.Any(i => i.MunicipalityId == m && i.Basis == component.Basis));
            if (missing > 0)
            {
                throw new RuleViolationException("Inputs", $"{missing} deelnemende gemeente(n) missen een waarde voor {component.Basis}.");
            }

            if (inputs.Any(i => i.Basis == component.Basis && i.Value < 0))
            {
                throw new RuleViolationException("Inputs", $"Een waarde voor {component.Basis} is negatief.");
            }
        }
    }
}
