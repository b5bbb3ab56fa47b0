using Regional.Kernel.Security;

namespace Regional.Finance.Keys;

/// <summary>
/// Computes each member's share under a (possibly mixed) key: per component, the member's value over
/// the total of all members, weighted. Shares are exact fractions (decimal, 28 digits); rounding to
/// cents happens only when an amount is split (largest remainder), so totals stay exact.
/// </summary>
internal static class DistributionKey
{
    internal static IReadOnlyList<KeyShare> Compute(IReadOnlyCollection<Guid> members, IReadOnlyList<KeyComponent> components, IReadOnlyCollection<KeyInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(inputs);
        KeyRules.WeightsAreNonNegativeAndSumToOne(components);
        KeyRules.EveryMemberHasAValuePerComponent(members, components, inputs);
        var totals = components.ToDictionary(c => c.Basis, c => inputs.Where(i => i.Basis == c.Basis && members.Contains(i.MunicipalityId)).Sum(i => i.Value));
        foreach (var (basis, total) in totals.Where(t => t.Value <= 0))
        {
            throw new RuleViolationException("Inputs", $"De waarden voor {basis} tellen op tot {total}; er valt niets naar te verdelen.");
        }

        return members.Select(member =>
        {
            var parts = components.Select(c =>
            {
                var value = inputs.Single(i => i.MunicipalityId == member && i.Basis == c.Basis).Value;
                return new ComponentShare(c.Basis, c.Weight, value, totals[c.Basis], value / totals[c.Basis]);
            }).ToList();
            return new KeyShare(member, parts.Sum(p => p.Weight * p.Share), parts);
        }).ToList();
    }
}
