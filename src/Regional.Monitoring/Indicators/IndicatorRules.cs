using Regional.Kernel.Security;

namespace Regional.Monitoring.Indicators;

/// <summary>Named rules of indicator values; each has a test named after it.</summary>
internal static class IndicatorRules
{
    public static IndicatorValue Checked(Indicator indicator, NewIndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(value);
        ANumberOrADirection(value);
        WithinTheUnitsRange(indicator.Unit, value.Value);
        if (value.Year is < 2000 or > 2100)
        {
            throw new RuleViolationException(nameof(value.Year), $"{value.Year} is geen geldig jaar.");
        }

        return new IndicatorValue
        {
            IndicatorId = indicator.Id,
            MunicipalityId = indicator.MunicipalityId,
            Year = value.Year,
            Kind = value.Kind,
            Value = value.Value,
            Direction = value.Direction?.Trim(),
        };
    }

    public static void ANumberOrADirection(NewIndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if ((value.Value is null) == string.IsNullOrWhiteSpace(value.Direction))
        {
            throw new RuleViolationException(nameof(value.Value), "Geef een getal of een richting (zoals 'toename'), niet allebei en niet geen van beide.");
        }

        if (value.Direction is not null && value.Kind != IndicatorValueKind.Intended)
        {
            throw new RuleViolationException(nameof(value.Direction), "Alleen een beoogde waarde kan een richting zijn; behaald en begroot zijn getallen.");
        }
    }

    public static void WithinTheUnitsRange(IndicatorUnit unit, decimal? value)
    {
        if (value is not { } number)
        {
            return;
        }

        if (unit == IndicatorUnit.Percentage && number is < 0 or > 100)
        {
            throw new RuleViolationException(nameof(value), $"Een percentage ligt tussen 0 en 100, niet {number}.");
        }

        if (unit == IndicatorUnit.Count && (number < 0 || number != decimal.Truncate(number)))
        {
            throw new RuleViolationException(nameof(value), $"Een aantal is een geheel getal van nul of meer, niet {number}.");
        }
    }

    public static void OneValuePerYearAndKind(IEnumerable<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.GroupBy(v => (v.Year, v.Kind)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new RuleViolationException("Year", $"Er is al een waarde ({twice.Key.Kind}) voor {twice.Key.Year}.");
        }
    }
}
