using Regional.Kernel.Values;
using System.Globalization;
using System.Xml;
using Regional.Care.Declarations;
using Regional.Kernel.Modules;
using Regional.Kernel.Privacy;

namespace Regional.Care.Messages;

/// <summary>
/// Writes the declaratie-antwoord (JW325 / WMO325) of a declaration: the totals declared and granted, and
/// every rejected prestatie with its retourcodes, grouped per client as the declaration had them. A fully
/// accepted declaration answers 8001 without clients. Streamed: a large answer is never held in memory.
/// </summary>
internal sealed class AnswerXmlWriter(MessageStandard standard, IBsnProtector bsns)
{
    private const string Version = "1.0.0";

    public async Task WriteAsync(
        Stream output, Declaration declaration, string municipalityCode, string providerAgb, Func<int, Task<IReadOnlyList<DeclarationLine>>> rejectedAfter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(rejectedAfter);
        var ns = standard.Namespace("325");
        var basis = standard.BasisNamespace;
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, CloseOutput = false });
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync("m", "Bericht", ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync("xmlns", "b", null, basis).ConfigureAwait(false);
        await xml.WriteStartElementAsync("m", "Header", ns).ConfigureAwait(false);
        await Leaf(xml, ns, "BerichtCode", standard.Code("325")).ConfigureAwait(false);
        await Leaf(xml, ns, "BerichtVersie", "3").ConfigureAwait(false);
        await Leaf(xml, ns, "BerichtSubversie", "2").ConfigureAwait(false);
        await Leaf(xml, ns, "Afzender", municipalityCode.Replace("GM", "", StringComparison.Ordinal)).ConfigureAwait(false);
        await Leaf(xml, ns, "Ontvanger", providerAgb).ConfigureAwait(false);
        await Identification(xml, ns, basis, "BerichtIdentificatie", declaration.Id.ToString("N")[^12..], DutchTime.DayOf(declaration.ReceivedAt)).ConfigureAwait(false);
        await Versions(xml, ns, basis, "XsdVersie", Version, Version).ConfigureAwait(false);
        await Identification(xml, ns, basis, "DeclaratieIdentificatie", declaration.MessageId, declaration.MessageDated).ConfigureAwait(false);
        await Versions(xml, ns, basis, "XsdVersieDeclaratie", declaration.BasisschemaVersion ?? Version, declaration.MessageXsdVersion ?? Version).ConfigureAwait(false);
        await Codes(xml, ns, [RetourCodes.NoRemark]).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);

        await xml.WriteStartElementAsync("m", "DeclaratieAntwoord", ns).ConfigureAwait(false);
        await Leaf(xml, ns, "DeclaratieNummer", declaration.Number).ConfigureAwait(false);
        await Total(xml, ns, basis, "TotaalIngediendBedrag", declaration.TotalDeclared).ConfigureAwait(false);
        await Total(xml, ns, basis, "TotaalToegekendBedrag", declaration.TotalAccepted).ConfigureAwait(false);
        if (declaration.RejectedCount > 0)
        {
            await xml.WriteStartElementAsync("m", "Clienten", ns).ConfigureAwait(false);
            await RejectedClientsAsync(xml, ns, basis, rejectedAfter, cancellationToken).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await Codes(xml, ns, [declaration.RejectedCount > 0 ? RetourCodes.NoRemark : RetourCodes.FullyAccepted]).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
    }

    /// <summary>Rejected lines in file order; consecutive lines of one client (as the 323 groups them) form one Client.</summary>
    private async Task RejectedClientsAsync(XmlWriter xml, string ns, string basis, Func<int, Task<IReadOnlyList<DeclarationLine>>> rejectedAfter, CancellationToken cancellationToken)
    {
        string? client = null;
        var after = 0;
        while (await rejectedAfter(after).ConfigureAwait(false) is { Count: > 0 } page)
        {
            foreach (var line in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (line.ClientHash != client)
                {
                    if (client is not null)
                    {
                        await EndClient(xml, ns).ConfigureAwait(false);
                    }

                    client = line.ClientHash;
                    await xml.WriteStartElementAsync("m", "Client", ns).ConfigureAwait(false);
                    await Leaf(xml, ns, "Bsn", bsns.Reveal(line.ClientCipher!).Digits).ConfigureAwait(false);
                    await xml.WriteStartElementAsync("m", "Prestaties", ns).ConfigureAwait(false);
                }

                await PrestatieAsync(xml, ns, basis, line).ConfigureAwait(false);
                after = line.Position;
            }
        }

        if (client is not null)
        {
            await EndClient(xml, ns).ConfigureAwait(false);
        }
    }

    private static async Task PrestatieAsync(XmlWriter xml, string ns, string basis, DeclarationLine line)
    {
        await xml.WriteStartElementAsync("m", "Prestatie", ns).ConfigureAwait(false);
        await xml.WriteStartElementAsync("m", "ProductReferentie", ns).ConfigureAwait(false);
        await Leaf(xml, basis, "ReferentieNummer", line.Reference, "b").ConfigureAwait(false);
        if (line.PreviousReference is not null)
        {
            await Leaf(xml, basis, "VorigReferentieNummer", line.PreviousReference, "b").ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await Leaf(xml, ns, "ToewijzingNummer", line.AssignmentNumber).ConfigureAwait(false);
        await Leaf(xml, ns, "ProductCategorie", line.Category).ConfigureAwait(false);
        await Leaf(xml, ns, "ProductCode", line.ProductCode).ConfigureAwait(false);
        await xml.WriteStartElementAsync("m", "ProductPeriode", ns).ConfigureAwait(false);
        await Leaf(xml, basis, "Begindatum", Date(line.PeriodStart), "b").ConfigureAwait(false);
        await Leaf(xml, basis, "Einddatum", Date(line.PeriodEnd), "b").ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await Leaf(xml, ns, "GeleverdVolume", line.Volume.ToString("0", CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await Leaf(xml, ns, "Eenheid", line.Unit).ConfigureAwait(false);
        if (line.Tariff is { } tariff)
        {
            await Leaf(xml, ns, "ProductTarief", Cents(tariff)).ConfigureAwait(false);
        }

        await xml.WriteStartElementAsync("m", "IngediendBedrag", ns).ConfigureAwait(false);
        await Leaf(xml, basis, "Bedrag", Cents(line.Amount), "b").ConfigureAwait(false);
        await Leaf(xml, basis, "DebetCredit", line.Credit ? "C" : "D", "b").ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await Codes(xml, ns, line.RetourCodes).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task EndClient(XmlWriter xml, string ns)
    {
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await Codes(xml, ns, [RetourCodes.NoRemark]).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task Codes(XmlWriter xml, string ns, IEnumerable<string> codes)
    {
        await xml.WriteStartElementAsync("m", "RetourCodes", ns).ConfigureAwait(false);
        foreach (var code in codes)
        {
            await Leaf(xml, ns, "RetourCode", code).ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task Identification(XmlWriter xml, string ns, string basis, string name, string id, DateOnly dated)
    {
        await xml.WriteStartElementAsync("m", name, ns).ConfigureAwait(false);
        await Leaf(xml, basis, "Identificatie", id, "b").ConfigureAwait(false);
        await Leaf(xml, basis, "Dagtekening", Date(dated), "b").ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task Versions(XmlWriter xml, string ns, string basis, string name, string basisschema, string message)
    {
        await xml.WriteStartElementAsync("m", name, ns).ConfigureAwait(false);
        await Leaf(xml, basis, "BasisschemaXsdVersie", basisschema, "b").ConfigureAwait(false);
        await Leaf(xml, basis, "BerichtXsdVersie", message, "b").ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task Total(XmlWriter xml, string ns, string basis, string name, decimal signed)
    {
        await xml.WriteStartElementAsync("m", name, ns).ConfigureAwait(false);
        await Leaf(xml, basis, "TotaalBedrag", Cents(Math.Abs(signed)), "b").ConfigureAwait(false);
        await Leaf(xml, basis, "DebetCredit", signed < 0 ? "C" : "D", "b").ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static Task Leaf(XmlWriter xml, string ns, string name, string value, string prefix = "m") => xml.WriteElementStringAsync(prefix, name, ns, value);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cents(decimal euros) => decimal.ToInt64(euros * 100).ToString(CultureInfo.InvariantCulture);
}
