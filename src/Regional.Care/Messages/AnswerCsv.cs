using System.Globalization;
using System.Text;
using Regional.Care.Declarations;

namespace Regional.Care.Messages;

/// <summary>
/// Every line of a declaration with its outcome as CSV (semicolon, BOM, as Dutch spreadsheets expect): the
/// answer to a CSV declaration, and a checklist for any other. Clients are masked: this file needs no BSN.
/// </summary>
internal static class AnswerCsv
{
    public const string Header = "regel;client;referentie;vorige_referentie;toewijzingnummer;productcategorie;productcode;begindatum;einddatum;volume;eenheid;tarief;bedrag;debet_credit;uitkomst;retourcodes;toelichting";

    public static async Task WriteAsync(Stream output, Func<int, Task<IReadOnlyList<DeclarationLine>>> after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(after);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(Header.AsMemory(), cancellationToken).ConfigureAwait(false);
            var last = 0;
            while (await after(last).ConfigureAwait(false) is { Count: > 0 } page)
            {
                foreach (var l in page)
                {
                    var row = string.Join(';', l.Position.ToString(CultureInfo.InvariantCulture), l.ClientMasked, l.Reference, l.PreviousReference, l.AssignmentNumber,
                        l.Category, l.ProductCode, Date(l.PeriodStart), Date(l.PeriodEnd), Number(l.Volume), l.Unit, l.Tariff is { } t ? Number(t) : "", Number(l.Amount),
                        l.Credit ? "C" : "D", l.Accepted ? "goedgekeurd" : "afgekeurd", string.Join(' ', l.RetourCodes),
                        string.Join(" | ", l.RetourCodes.Select(RetourCodes.Text)).Replace(';', ','));
                    await writer.WriteLineAsync(row.AsMemory(), cancellationToken).ConfigureAwait(false);
                    last = l.Position;
                }
            }
        }
    }

    private static string Date(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"));
}
