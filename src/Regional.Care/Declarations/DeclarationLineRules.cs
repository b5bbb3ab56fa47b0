using Regional.Care.Assignments;
using Regional.Kernel.Values;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Facts;

namespace Regional.Care.Declarations;

/// <summary>
/// The checks of one declared line (TR319, TR321/TR322, TR346, contract and tariff, assignment, duplicates,
/// credits), each named after its rule and giving the iJw/iWmo retourcode. Pure: everything it needs is in
/// <see cref="LineFacts"/>, so every rule has a test of its own.
/// </summary>
internal static class DeclarationLineRules
{
    public static IReadOnlyList<string> Check(DeclaredLine line, Period declarationPeriod, string clientHash, LineFacts facts)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(facts);
        var codes = new List<string>();
        if (facts.ReferenceTaken)
        {
            codes.Add(RetourCodes.ReferenceAlreadyDelivered);
        }

        // TR319; the declaration period is one calendar month (DeclarationRules), so a line across two months is outside it.
        if (line.PeriodStart > line.PeriodEnd || !declarationPeriod.Contains(new Period(line.PeriodStart, line.PeriodEnd)))
        {
            codes.Add(RetourCodes.OutsideDeclarationPeriod);
        }

        if (line.Unit != UnitCode(Unit.Euro) && line.Tariff is { } tariff && !AmountIsVolumeTimesTariff(line.Volume, tariff, line.Amount))
        {
            codes.Add(RetourCodes.AmountNotVolumeTimesTariff);
        }

        if (line.Credit)
        {
            codes.AddRange(CreditReversesOneAcceptedDebit(line, facts.Reversed, facts.ReversedAlready));
            return codes;
        }

        if (facts.Assignment is not { } assignment || facts.AssignedProduct is not { } product)
        {
            codes.Add(RetourCodes.NoAssignment);
            return codes;
        }

        codes.AddRange(MatchesTheAssignment(line, clientHash, assignment, product));
        if (line.Unit != UnitCode(Unit.Euro) && facts.ContractualTariff != line.Tariff)
        {
            codes.Add(RetourCodes.TariffNotContractual);
        }

        codes.AddRange(VolumeWithinAssigned(line, assignment, facts.VolumeSoFar));
        return codes;
    }

    /// <summary>TR346: unless the unit is euro's, the amount is the volume times the tariff, to the cent.</summary>
    public static bool AmountIsVolumeTimesTariff(decimal volume, decimal tariff, decimal amount) =>
        decimal.Round(volume * tariff, 2, MidpointRounding.AwayFromZero) == amount;

    /// <summary>The line names its assignment's client, product and unit, within the assignment's period.</summary>
    public static IEnumerable<string> MatchesTheAssignment(DeclaredLine line, string clientHash, AssignmentTerms assignment, ProductInfo product)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(product);
        if (assignment.ClientHash != clientHash)
        {
            yield return RetourCodes.NotThisClient;
        }

        if (product.CategoryCode != line.Category)
        {
            yield return RetourCodes.CategoryDiffers;
        }

        // Products outside the message traffic (Participatie) are named in a CSV by the region's own code.
        if ((product.NationalCode ?? product.Code) != line.ProductCode)
        {
            yield return RetourCodes.ProductCodeDiffers;
        }

        if (UnitCode(product.Unit) != line.Unit)
        {
            yield return RetourCodes.UnitDiffers;
        }

        if (line.PeriodStart < assignment.StartsOn || line.PeriodStart > assignment.EndsOn)
        {
            yield return RetourCodes.StartOutsideAssignment;
        }

        if (line.PeriodEnd < assignment.StartsOn || line.PeriodEnd > assignment.EndsOn)
        {
            yield return RetourCodes.EndOutsideAssignment;
        }
    }

    /// <summary>
    /// TR321: per day, week or month the line stays within what the assignment allows over the line's own
    /// days (whole units: a part of a unit is allowed up); TR322: all accepted volume together stays within
    /// the assignment's total, which for "totaal binnen geldigheidsduur" is the only limit.
    /// </summary>
    public static IEnumerable<string> VolumeWithinAssigned(DeclaredLine line, AssignmentTerms assignment, decimal volumeSoFar)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(assignment);
        var from = line.PeriodStart > assignment.StartsOn ? line.PeriodStart : assignment.StartsOn;
        var to = line.PeriodEnd < assignment.EndsOn ? line.PeriodEnd : assignment.EndsOn;
        if (assignment.Frequency != Frequency.TotalWithinPeriod && from <= to
            && line.Volume > decimal.Ceiling(AssignmentVolume.Total(assignment.Volume, assignment.Frequency, from, to)))
        {
            yield return RetourCodes.VolumeAboveAssigned;
        }

        if (volumeSoFar + line.Volume > AssignmentVolume.Total(assignment.Volume, assignment.Frequency, assignment.StartsOn, assignment.EndsOn))
        {
            yield return RetourCodes.TotalVolumeAboveAssigned;
        }
    }

    /// <summary>A credit names (VorigReferentieNummer) an accepted debit not credited before, with the same values.</summary>
    public static IEnumerable<string> CreditReversesOneAcceptedDebit(DeclaredLine line, DeclarationLine? reversed, bool reversedAlready)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (reversed is null)
        {
            yield return RetourCodes.CreditWithoutDebit;
            yield break;
        }

        if (reversedAlready)
        {
            yield return RetourCodes.AlreadyCredited;
        }

        if ((reversed.AssignmentNumber, reversed.PeriodStart, reversed.PeriodEnd, reversed.Volume, reversed.Amount)
            != (line.AssignmentNumber, line.PeriodStart, line.PeriodEnd, line.Volume, line.Amount))
        {
            yield return RetourCodes.CreditDiffers;
        }
    }

    /// <summary>The eenheid code of a unit in the messages, e.g. "04" for uur.</summary>
    public static string UnitCode(Unit unit) => ((int)unit).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
