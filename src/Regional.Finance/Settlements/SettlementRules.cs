using Regional.Kernel.Security;

namespace Regional.Finance.Settlements;

/// <summary>Named rules of the settlement workflow; each has a test named after it.</summary>
public static class SettlementRules
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
