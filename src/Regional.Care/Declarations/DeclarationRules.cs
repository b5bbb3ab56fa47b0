using System.Globalization;
using Regional.Kernel.Security;
using Regional.Kernel.Values;

namespace Regional.Care.Declarations;

/// <summary>Rules of a declaration as a whole; a broken one refuses the file.</summary>
internal static class DeclarationRules
{
    /// <summary>
    /// iJw/iWmo 3.x: a declaration covers one calendar month, so a product period across two months cannot lie
    /// within it (that line gets 9319). The standard has no retourcode for a wrong header period, so the file is refused.
    /// </summary>
    public static void PeriodIsOneCalendarMonth(Period period)
    {
        if (!period.IsCalendarMonth)
        {
            throw new RuleViolationException("File",
                $"De declaratieperiode ({period}) is geen kalendermaand. Volgens de iStandaarden beslaat een declaratie precies één kalendermaand, van de eerste tot en met de laatste dag. Het bericht is niet verwerkt.");
        }
    }

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
