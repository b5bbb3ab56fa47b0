using System.Globalization;
using System.Xml;

namespace Regional.Care.Demo;

/// <summary>One prestatie of a 323 to write; amounts in cents as the message writes them.</summary>
public sealed record Jw323Prestatie(
    string Bsn, string Reference, string Assignment, string Category, string Code, DateOnly Start, DateOnly End, int Volume, string Unit, long? TariffCents,
    long AmountCents, bool Credit = false, string? Previous = null);

/// <summary>The header of a 323 to write: sender (AGB), addressee (gemeentecode, four digits), identification and period.</summary>
public sealed record Jw323Header(string Agb, string Gemeente, string MessageId, string Number, DateOnly From, DateOnly To, long? TotalCents = null, string Standard = "jw");

/// <summary>
/// Writes JW323 (or WMO323) messages the way a provider's system would (for the demo data, the tests and the benchmark), consecutive prestaties of one BSN
/// under one Client; streamed, so a benchmark can write a file of any size.
/// </summary>
public static class Jw323File
{
    public static string Text(Jw323Header header, IEnumerable<Jw323Prestatie> lines)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, header, lines.ToList());
        return writer.ToString();
    }

    public static void Write(TextWriter output, Jw323Header header, IReadOnlyCollection<Jw323Prestatie> lines)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(lines);
        var root = header.Standard == "jw" ? "http://www.istandaarden.nl/ijw/3_2" : "http://www.istandaarden.nl/iwmo/3_2";
        var ns = $"{root}/{header.Standard}323/schema";
        var b = $"{root}/basisschema/schema";
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = false, OmitXmlDeclaration = true });
        xml.WriteStartElement("m", "Bericht", ns);
        xml.WriteAttributeString("xmlns", "b", null, b);
        xml.WriteStartElement("Header", ns);
        Leaf(xml, ns, "BerichtCode", header.Standard == "jw" ? "490" : "484");
        Leaf(xml, ns, "BerichtVersie", "3");
        Leaf(xml, ns, "BerichtSubversie", "2");
        Leaf(xml, ns, "Afzender", header.Agb);
        Leaf(xml, ns, "Ontvanger", header.Gemeente);
        xml.WriteStartElement("BerichtIdentificatie", ns);
        Leaf(xml, b, "Identificatie", header.MessageId);
        Leaf(xml, b, "Dagtekening", Date(header.To.AddDays(3)));
        xml.WriteEndElement();
        xml.WriteStartElement("XsdVersie", ns);
        Leaf(xml, b, "BasisschemaXsdVersie", "1.0.0");
        Leaf(xml, b, "BerichtXsdVersie", "1.0.0");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("Declaratie", ns);
        Leaf(xml, ns, "DeclaratieNummer", header.Number);
        xml.WriteStartElement("DeclaratiePeriode", ns);
        Leaf(xml, b, "Begindatum", Date(header.From));
        Leaf(xml, b, "Einddatum", Date(header.To));
        xml.WriteEndElement();
        Leaf(xml, ns, "DeclaratieDagtekening", Date(header.To.AddDays(3)));
        var total = header.TotalCents ?? lines.Sum(l => l.Credit ? -l.AmountCents : l.AmountCents);
        xml.WriteStartElement("TotaalIngediendBedrag", ns);
        Leaf(xml, b, "TotaalBedrag", Math.Abs(total).ToString(CultureInfo.InvariantCulture));
        Leaf(xml, b, "DebetCredit", total < 0 ? "C" : "D");
        xml.WriteEndElement();
        xml.WriteStartElement("Clienten", ns);
        string? client = null;
        foreach (var line in lines)
        {
            if (line.Bsn != client)
            {
                if (client is not null)
                {
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                client = line.Bsn;
                xml.WriteStartElement("Client", ns);
                Leaf(xml, ns, "Bsn", line.Bsn);
                xml.WriteStartElement("Prestaties", ns);
            }

            Prestatie(xml, ns, b, line);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Prestatie(XmlWriter xml, string ns, string b, Jw323Prestatie line)
    {
        xml.WriteStartElement("Prestatie", ns);
        xml.WriteStartElement("ProductReferentie", ns);
        Leaf(xml, b, "ReferentieNummer", line.Reference);
        if (line.Previous is not null)
        {
            Leaf(xml, b, "VorigReferentieNummer", line.Previous);
        }

        xml.WriteEndElement();
        Leaf(xml, ns, "ToewijzingNummer", line.Assignment);
        Leaf(xml, ns, "ProductCategorie", line.Category);
        Leaf(xml, ns, "ProductCode", line.Code);
        xml.WriteStartElement("ProductPeriode", ns);
        Leaf(xml, b, "Begindatum", Date(line.Start));
        Leaf(xml, b, "Einddatum", Date(line.End));
        xml.WriteEndElement();
        Leaf(xml, ns, "GeleverdVolume", line.Volume.ToString(CultureInfo.InvariantCulture));
        Leaf(xml, ns, "Eenheid", line.Unit);
        if (line.TariffCents is { } tariff)
        {
            Leaf(xml, ns, "ProductTarief", tariff.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteStartElement("IngediendBedrag", ns);
        Leaf(xml, b, "Bedrag", line.AmountCents.ToString(CultureInfo.InvariantCulture));
        Leaf(xml, b, "DebetCredit", line.Credit ? "C" : "D");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Leaf(XmlWriter xml, string ns, string name, string value) => xml.WriteElementString(name, ns, value);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
