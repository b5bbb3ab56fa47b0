namespace Regional.Finance.Keys;

/// <summary>The Dutch name of each key basis, as pages, exports and the key comparison show it.</summary>
public static class KeyBasisNames
{
    public static string Of(KeyBasis basis) => basis switch
    {
        KeyBasis.FixedPercentage => "Vast percentage",
        KeyBasis.Inhabitants => "Inwoners",
        KeyBasis.InhabitantsAged0To17 => "Inwoners 0-17 jaar",
        KeyBasis.HistoricalCosts => "Historisch kostenaandeel (3 jaar)",
        KeyBasis.ClientsPreviousYear => "Cliënten vorig jaar",
        KeyBasis.ClientsThreeYearAverage => "Cliënten (3-jaarsgemiddelde)",
        _ => basis.ToString(),
    };
}
