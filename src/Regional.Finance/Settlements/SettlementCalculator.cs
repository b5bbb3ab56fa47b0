using Regional.Finance.Keys;
using Regional.Kernel.Security;
using Regional.Kernel.Values;

namespace Regional.Finance.Settlements;

/// <summary>What a municipality already bore for the pool: its own clients' pooled costs, or its advances.</summary>
internal sealed record Borne(Guid MunicipalityId, Money Amount);

/// <summary>
/// One municipality's line: its key share of the pooled cost (obligation), what it bore, and the
/// difference it pays (positive) or receives (negative).
/// </summary>
internal sealed record SettlementLine(Guid MunicipalityId, decimal Share, Money Obligation, Money Borne, Money Amount);

/// <summary>
/// The settlement of a pool (DOMAIN.md, the money model): obligations are the key shares of the total
/// pooled cost, split by largest remainder so they sum to it exactly; each line is obligation minus
/// borne. The lines sum to (total cost - total borne): zero when members bore their own clients' costs,
/// the shortfall when they paid advances. Pure: the same inputs give the same lines in any order.
/// </summary>
internal static class SettlementCalculator
{
    public static IReadOnlyList<SettlementLine> Calculate(Money pooledCost, IReadOnlyList<KeyShare> shares, IReadOnlyCollection<Borne> borne)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(borne);
        if (pooledCost == Money.Zero && borne.All(b => b.Amount == Money.Zero))
        {
            throw new RuleViolationException("Period", "Er zijn in deze periode geen kosten in de pool en niets voorgeschoten: er valt niets te verrekenen.");
        }

        SettlementRules.EveryBearerShares(shares, borne);

        // A stable order (by municipality id) makes the rounding, and so the result, independent of input order.
        var ordered = shares.OrderBy(s => s.MunicipalityId).ToList();
        var obligations = pooledCost.Allocate(ordered.Select(s => s.Share).ToList());
        return ordered.Select((share, i) =>
        {
            var bore = borne.Where(b => b.MunicipalityId == share.MunicipalityId).Aggregate(Money.Zero, (sum, b) => sum + b.Amount);
            return new SettlementLine(share.MunicipalityId, share.Share, obligations[i], bore, obligations[i] - bore);
        }).ToList();
    }
}
