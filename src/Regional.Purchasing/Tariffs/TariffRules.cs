using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Purchasing.Catalogue;

namespace Regional.Purchasing.Tariffs;

/// <summary>Named rules of tariffs; each has a test named after it.</summary>
internal static class TariffRules
{
    /// <summary>The tariff in force for a product on a day: the contract's exception if it has one, else the regional tariff.</summary>
    public static T? InForce<T>(IEnumerable<T> tariffs, Guid productId, DateOnly day, Guid? contractId) where T : class, ITariffTerms =>
        tariffs.Where(t => t.ProductId == productId && t.ValidFrom <= day && t.ValidTo >= day && (t.ContractId == null || t.ContractId == contractId))
            .OrderByDescending(t => t.ContractId is not null).FirstOrDefault();

    public static void AmountIsPositiveInWholeCents(decimal amount)
    {
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            throw new RuleViolationException("Amount", $"Een tarief moet groter zijn dan nul en in hele centen: {amount} kan niet.");
        }
    }

    /// <summary>Within one product, and one contract (or the regional list), periods never overlap.</summary>
    public static void DoesNotOverlap(Period period, IEnumerable<Tariff> sameProductAndContract)
    {
        var clash = sameProductAndContract.FirstOrDefault(t => t.Period.Overlaps(period));
        if (clash is not null)
        {
            throw new RuleViolationException("ValidFrom", $"Er geldt al een tarief van {clash.Amount:0.00} in de periode {clash.Period}.");
        }
    }

    /// <summary>A contract's own tariff holds for a product of that contract, within its term.</summary>
    public static void ExceptionWithinContract(Tariff tariff, Contracts.Contract contract)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentNullException.ThrowIfNull(contract);
        if (contract.Products.All(p => p.ProductId != tariff.ProductId))
        {
            throw new RuleViolationException("ProductCode", $"Het product hoort niet bij contract {contract.Number}.");
        }

        if (!contract.Term.Contains(tariff.Period))
        {
            throw new RuleViolationException("ValidFrom", $"Het tarief valt buiten de looptijd van contract {contract.Number} ({contract.Term}).");
        }
    }

    internal static void CostPriceIsSound(CostPrice cost, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(cost);
        if (unit.Hours() is null)
        {
            throw new RuleViolationException("Unit", $"Een kostprijsberekening per uur kan niet voor eenheid {unit}; stel het tarief direct vast.");
        }

        if (cost.PersonnelCostPerFte <= 0 || cost.ProductiveHoursPerFte <= 0)
        {
            throw new RuleViolationException("PersonnelCostPerFte", "Personeelskosten per fte en productieve uren moeten groter zijn dan nul.");
        }

        if (cost.OtherCostsPerUnit < 0 || cost.OverheadPercentage is < 0 or > 1 || cost.RiskPercentage is < 0 or > 1)
        {
            throw new RuleViolationException("CostPrice", "Overige kosten mogen niet negatief zijn; opslagen liggen tussen 0 en 100%.");
        }
    }
}
