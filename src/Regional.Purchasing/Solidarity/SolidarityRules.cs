using Regional.Kernel.Security;

namespace Regional.Purchasing.Solidarity;

/// <summary>Named rules of a solidarity decision; each has a test named after it.</summary>
internal static class SolidarityRules
{
    public static void ArrangementIsComplete(SolidarityDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if ((decision.ProductGroup is null) == (decision.ProductId is null))
        {
            throw new RuleViolationException("ProductGroup", "Kies een productgroep of één product.");
        }

        switch (decision.Arrangement)
        {
            case SolidarityArrangement.Partial when decision.Fraction is not (> 0 and < 1):
                throw new RuleViolationException("Fraction", $"Bij gedeeltelijke solidariteit ligt het gedeelde deel tussen 0 en 1, niet {decision.Fraction}.");
            case SolidarityArrangement.AboveThreshold when decision.ThresholdAmount is not > 0 || decision.ThresholdBasis is null:
                throw new RuleViolationException("ThresholdAmount", "Geef een drempelbedrag groter dan nul en of het per cliënt of per gemeente geldt.");
            case not SolidarityArrangement.None when decision.DistributionKey is null:
                throw new RuleViolationException("DistributionKey", "Kies de verdeelsleutel voor de gedeelde kosten.");
        }

        if (decision.Year is < 2015 or > 2100)
        {
            throw new RuleViolationException("Year", $"{decision.Year} is geen jaar waarvoor solidariteit kan gelden (vanaf 2015).");
        }
    }
}
