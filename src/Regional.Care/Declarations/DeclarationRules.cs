using System.Globalization;
using Regional.Kernel.Security;

namespace Regional.Care.Declarations;

/// <summary>Rules of a declaration as a whole; a broken one refuses the file.</summary>
public static class DeclarationRules
{
    /// <summary>The message's TotaalIngediendBedrag equals its prestaties, debit minus credit (a CSV file states no total).</summary>
    public static void TotalsAddUp(decimal? stated, decimal lines, int count)
    {
        if (count == 0)
        {
            throw new RuleViolationException("File", "De declaratie bevat geen prestaties.");
        }

        if (stated is { } total && total != lines)
        {
            var nl = CultureInfo.GetCultureInfo("nl-NL");
            throw new RuleViolationException("File",
                $"Het totaal ingediend bedrag van het bericht (€ {total.ToString("N2", nl)}) is niet gelijk aan de som van de {count} prestaties (€ {lines.ToString("N2", nl)}). Het bericht is niet verwerkt.");
        }
    }
}
