using Regional.Finance.Keys;
using Regional.Kernel.Security;

namespace Regional.Finance.Settlements;

/// <summary>Named rules of the settlement workflow; each has a test named after it.</summary>
internal static class SettlementRules
{
    public static void SecondPersonApproves(Settlement settlement, string approver)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        if (settlement.Status != SettlementStatus.Draft)
        {
            throw new RuleViolationException("Status", "Alleen een concept kan worden goedgekeurd.");
        }

        if (string.Equals(settlement.DraftedBy, approver, StringComparison.OrdinalIgnoreCase))
        {
            throw new RuleViolationException("ApprovedBy", "Vier ogen: wie de verrekening opstelde, kan haar niet zelf goedkeuren.");
        }
    }

    /// <summary>Whoever bore costs of the pool shares in its key: else its costs would be pooled but never settled, and the lines not add up.</summary>
    public static void EveryBearerShares(IReadOnlyList<KeyShare> shares, IReadOnlyCollection<Borne> borne)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(borne);
        if (borne.FirstOrDefault(b => b.Amount.Euros != 0 && shares.All(s => s.MunicipalityId != b.MunicipalityId)) is { } outsider)
        {
            throw new RuleViolationException("Members", $"Gemeente {outsider.MunicipalityId} heeft {outsider.Amount} in deze pool maar valt niet onder de sleutel; "
                + "controleer de lidmaatschappen voor het domein van de pool.");
        }
    }

    /// <summary>
    /// The lines account for the pool to the cent: the obligations sum to the pooled cost and, where members bore their
    /// own clients' costs, the lines of all runs together sum to exactly zero. Checked before approval and before posting.
    /// </summary>
    public static void LinesAddUp(Settlement settlement, IReadOnlyCollection<SettlementLineRow> lines, bool fundedByOwnClients)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        ArgumentNullException.ThrowIfNull(lines);
        var obligations = lines.Sum(l => l.Obligation);
        if (obligations != settlement.PooledCost)
        {
            throw new RuleViolationException("Lines", $"De verplichtingen tellen op tot {obligations:N2} en niet tot de poolkosten {settlement.PooledCost:N2}.");
        }

        var total = lines.Sum(l => l.Amount + l.PreviouslySettled);
        if (fundedByOwnClients && total != 0)
        {
            throw new RuleViolationException("Lines", $"De regels tellen op tot {total:N2} in plaats van precies nul; deze verrekening kan niet worden goedgekeurd.");
        }
    }

    /// <summary>
    /// A run settles what earlier posted runs left: one drafted before another run was posted would settle the same
    /// costs again. (A unique index on the pool's posted sequence numbers is the last guard.)
    /// </summary>
    public static void DraftedAfterTheLastPostedRun(Settlement settlement, int postedRuns)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        if (settlement.Sequence != postedRuns)
        {
            throw new RuleViolationException("Status", "Na dit concept is al een andere verrekening van deze pool geboekt: "
                + "dezelfde kosten worden niet twee keer verrekend. Stel een nieuw concept op.");
        }
    }

    public static void PostedOnlyOnceAfterApproval(Settlement settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        if (settlement.Status == SettlementStatus.Posted)
        {
            throw new RuleViolationException("Status", "Deze verrekening is al geboekt; een geboekte verrekening verandert niet meer.");
        }

        if (settlement.Status != SettlementStatus.Approved)
        {
            throw new RuleViolationException("Status", "Een verrekening wordt pas geboekt na goedkeuring door een tweede persoon.");
        }
    }
}
