using Regional.Care.Assignments;
using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;

namespace Regional.Care.Continuity;

/// <summary>A need left by youth care at 18, the provisions that take it up, and whether one is arranged for the client.</summary>
internal sealed record FollowUp(ContinuityNeed Need, IReadOnlyList<TakeUpAt18> Options, bool Arranged);

/// <summary>A young client whose Jeugd assignment runs past the 18th birthday, with what should follow.</summary>
internal sealed record ComingOfAge(Assignment Jeugd, ProductInfo Product, DateOnly TurnsEighteen, IReadOnlyList<FollowUp> FollowUps);

/// <summary>
/// The doorgaande zorglijn: Jeugd assignments that run past the client's 18th birthday, the needs their
/// category leaves (as the Jeugd module publishes them) and the Wmo or Participatie provisions that take those
/// up (as those modules publish them); arranged when the same client has such an assignment on or after the birthday.
/// </summary>
internal static class ContinuityAt18
{
    public static IReadOnlyList<ComingOfAge> Evaluate(IReadOnlyList<Assignment> assignments, IReadOnlyDictionary<Guid, ProductInfo> products, ContinuityMap map)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(products);
        ArgumentNullException.ThrowIfNull(map);
        return assignments
            .Where(a => products[a.ProductId].Domain == SocialDomain.Jeugd && a.ClientBirthDate is { } born && born.AddYears(18) <= a.EndsOn)
            .Select(a =>
            {
                var turns18 = a.ClientBirthDate!.Value.AddYears(18);
                var followUps = map.NeedsAfter(products[a.ProductId].CategoryCode).Select(need =>
                {
                    var options = map.TakeUps(need);
                    var arranged = assignments.Any(o => o.ClientHash == a.ClientHash && o.EndsOn >= turns18
                        && options.Any(t => products[o.ProductId].Domain == t.Domain && products[o.ProductId].CategoryCode == t.Category));
                    return new FollowUp(need, options, arranged);
                }).ToList();
                return new ComingOfAge(a, products[a.ProductId], turns18, followUps);
            })
            .OrderBy(c => c.TurnsEighteen)
            .ToList();
    }
}
