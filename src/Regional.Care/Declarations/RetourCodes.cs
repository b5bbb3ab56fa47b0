namespace Regional.Care.Declarations;

/// <summary>
/// The iJw/iWmo retourcodes (LDT_RetourCode) Regional gives a rejected prestatie, with their official text.
/// A line that is not contracted (no contractual tariff for its product and period) gets 0611, with a
/// clearer reason beside it in Regional's own views.
/// </summary>
internal static class RetourCodes
{
    public const string NoRemark = "0200";
    public const string FullyAccepted = "8001";
    public const string TariffNotContractual = "0611";
    public const string CreditWithoutDebit = "8017";
    public const string ReferenceAlreadyDelivered = "8021";
    public const string NotThisClient = "8187";
    public const string StartOutsideAssignment = "9307";
    public const string EndOutsideAssignment = "9308";
    public const string OutsideDeclarationPeriod = "9319";
    public const string VolumeAboveAssigned = "9321";
    public const string TotalVolumeAboveAssigned = "9322";
    public const string NoAssignment = "9338";
    public const string CategoryDiffers = "9339";
    public const string ProductCodeDiffers = "9340";
    public const string UnitDiffers = "9341";
    public const string AmountNotVolumeTimesTariff = "9346";
    public const string CreditDiffers = "9367";
    public const string AlreadyCredited = "9390";

    private static readonly Dictionary<string, string> Texts = new()
    {
        [NoRemark] = "Geen opmerking over deze berichtklasse.",
        [FullyAccepted] = "Declaratie is volledig toegewezen.",
        [TariffNotContractual] = "Het ingediende tarief komt niet overeen met het contractuele tarief",
        [CreditWithoutDebit] = "Van deze credit prestatie is geen debet prestatie bekend.",
        [ReferenceAlreadyDelivered] = "Referentienummer prestatie is reeds aangeleverd.",
        [NotThisClient] = "De prestatie hoort niet bij deze client.",
        [StartOutsideAssignment] = "Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing",
        [EndOutsideAssignment] = "Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing",
        [OutsideDeclarationPeriod] = "De ProductPeriode valt niet geheel binnen een DeclaratiePeriode.",
        [VolumeAboveAssigned] = "Het ingediende volume overschrijdt het toegewezen volume.",
        [TotalVolumeAboveAssigned] = "De som van de ingediende volumes overschrijdt het toegewezen volume",
        [NoAssignment] = "Niet iedere prestatie in een declaratiebericht is gerelateerd aan een toegewezen product op basis van het toewijzingnummer",
        [CategoryDiffers] = "ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct.",
        [ProductCodeDiffers] = "ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.",
        [UnitDiffers] = "Eenheid in de Prestatie past niet bij Eenheid in het ToegewezenProduct",
        [AmountNotVolumeTimesTariff] = "Eenheid is ongelijk aan waarde 83 (Euro's), maar IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met ProductTarief.",
        [CreditDiffers] = "De waarde komt niet overeen met de waarde uit heenbericht met gelijke ProductReferentie",
        [AlreadyCredited] = "Er is al een Prestatie met gelijk ProductReferentie met waarde Credit",
    };

    public static string Text(string code) => Texts.TryGetValue(code, out var text) ? text : code;
}
