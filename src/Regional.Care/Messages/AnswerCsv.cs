using System.Globalization;
using System.Text;
using Regional.Care.Declarations;
using Regional.Kernel.Csv;

namespace Regional.Care.Messages;

/// <summary>
/// Every line of a declaration with its outcome as CSV (semicolon, BOM, as Dutch spreadsheets expect): the
/// answer to a CSV declaration, and a checklist for any other. Clients are masked: this file needs no BSN.
/// </summary>
internal static class AnswerCsv
{
    public static readonly string[] Header =
    [
        "regel", "client", "referentie", "vorige_referentie", "toewijzingnummer", "productcategorie", "productcode", "begindatum", "einddatum", "volume", "eenheid",
        "tarief", "bedrag", "debet_credit", "uitkomst", "retourcodes", "toelichting",
    ];

    /// <summary>A page of lines at a time, each page rendered and then written asynchronously (the response allows no synchronous writes).</summary>
    public static async Task WriteAsync(Stream output, Func<int, Task<IReadOnlyList<DeclarationLine>>> after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(after);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var (last, rows) = (0, new List<IReadOnlyList<string?>> { Header });
            do
            {
                using var page = new StringWriter(CultureInfo.InvariantCulture);
                DutchCsv.Write(page, rows);
                await writer.WriteAsync(page.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
                var lines = await after(last).ConfigureAwait(false);
                rows = [.. lines.Select(Row)];
                last = lines.Count > 0 ? lines[^1].Position : last;
            }
            while (rows.Count > 0);
        }
    }

    private static string?[] Row(DeclarationLine l) =>
    [
        l.Position.ToString(CultureInfo.InvariantCulture), l.ClientMasked, l.Reference, l.PreviousReference, l.AssignmentNumber, l.Category, l.ProductCode,
        Date(l.PeriodStart), Date(l.PeriodEnd), Number(l.Volume), l.Unit, l.Tariff is { } t ? Number(t) : "", Number(l.Amount), l.Credit ? "C" : "D",
        l.Accepted ? "goedgekeurd" : "afgekeurd", string.Join(' ', l.RetourCodes), string.Join(" | ", l.RetourCodes.Select(RetourCodes.Text)),
    ];

    private static string Date(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"));
}
