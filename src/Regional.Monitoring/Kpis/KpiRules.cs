using System.Globalization;
using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Purchasing.Facts;

namespace Regional.Monitoring.Kpis;

/// <summary>Named rules of KPI values; each has a test named after it.</summary>
internal static class KpiRules
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static void WithinRange(KpiDefinition definition, decimal value)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (value < definition.Minimum || value > definition.Maximum)
        {
            var range = definition.Maximum is { } max ? $"van {definition.Minimum.ToString(Dutch)} tot en met {max.ToString(Dutch)}" : $"vanaf {definition.Minimum.ToString(Dutch)}";
            throw new RuleViolationException("Value", $"{definition.Name} loopt {range} {definition.Unit}; {value.ToString(Dutch)} kan niet.");
        }
    }

    public static void PeriodWithinContract(ContractInfo contract, Period period)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (period.End is null || !contract.Term.Contains(period))
        {
            throw new RuleViolationException("Period", $"De periode {period} valt buiten het contract {contract.Number} ({contract.Term}).");
        }
    }
}
