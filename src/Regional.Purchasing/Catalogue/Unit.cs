using System.ComponentModel.DataAnnotations;

namespace Regional.Purchasing.Catalogue;

/// <summary>The unit a product is delivered and paid in; values are the iStandaarden eenheid codes (WJ756).</summary>
public enum Unit
{
    [Display(Name = "minuut")]
    Minuut = 1,
    [Display(Name = "uur")]
    Uur = 4,
    [Display(Name = "etmaal")]
    Etmaal = 14,
    [Display(Name = "dagdeel")]
    Dagdeel = 16,
    [Display(Name = "stuk")]
    Stuks = 82,
    [Display(Name = "euro")]
    Euro = 83,
}

internal static class UnitExtensions
{
    /// <summary>Hours of staff time in one unit, for the cost-price calculation; null where time is not the measure.</summary>
    public static decimal? Hours(this Unit unit) => unit switch
    {
        Unit.Minuut => 1m / 60,
        Unit.Uur => 1m,
        Unit.Dagdeel => 4m,
        Unit.Etmaal => 24m,
        _ => null,
    };
}
