using System.Globalization;
using Regional.Kernel.Security;
using Regional.Purchasing.Catalogue;

namespace Regional.Purchasing.Tariffs;

/// <summary>
/// A cost-price calculation (AMvB reële prijs): staff costs per FTE over productive hours, plus
/// other client-bound costs per unit, raised by overhead and risk. Percentages are fractions (0.15 = 15%).
/// </summary>
internal sealed record CostPrice(
    decimal PersonnelCostPerFte, decimal ProductiveHoursPerFte, decimal OtherCostsPerUnit, decimal OverheadPercentage, decimal RiskPercentage)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The tariff per unit, rounded half away from zero to the cent.</summary>
    public decimal TariffFor(Unit unit)
    {
        TariffRules.CostPriceIsSound(this, unit);
        var staffPerUnit = PersonnelCostPerFte / ProductiveHoursPerFte * unit.Hours()!.Value;
        var exact = (staffPerUnit + OtherCostsPerUnit) * (1 + OverheadPercentage) * (1 + RiskPercentage);
        return decimal.Round(exact, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The calculation in words, line by line, as shown beside the tariff.</summary>
    public IReadOnlyList<string> Explain(Unit unit)
    {
        var hours = unit.Hours() ?? 0;
        var staff = PersonnelCostPerFte / ProductiveHoursPerFte * hours;
        return
        [
            $"Personeelskosten {Euro(PersonnelCostPerFte)} per fte / {ProductiveHoursPerFte.ToString("N0", Dutch)} productieve uren × {hours.ToString("0.####", Dutch)} uur per {unit} = {Euro(staff)}",
            $"Overige kosten per {unit}: {Euro(OtherCostsPerUnit)}",
            $"Opslag overhead {OverheadPercentage.ToString("P1", Dutch)} en risico {RiskPercentage.ToString("P1", Dutch)}",
            $"Tarief: {Euro(TariffFor(unit))} per {unit}",
        ];
    }

    private static string Euro(decimal amount) => amount.ToString("C2", Dutch);
}
