using System.Text.RegularExpressions;
using System.Xml.Schema;

namespace Regional.Care.Messages;

/// <summary>
/// Says in Dutch what the XSD found wrong with an element, with what the iStandaard allows there (its pattern, length
/// or values, read from the schema itself), instead of the framework's English.
/// </summary>
internal static partial class SchemaMessages
{
    public static string Explain(XmlSchemaException problem, XmlSchemaType? type)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var value = QuotedValue().Match(problem.Message) is { Success: true } m ? m.Groups[1].Value : null;
        var facets = Facets(type ?? SourceType(problem));
        var text = problem.Message;
        return text switch
        {
            _ when text.Contains("Pattern constraint", StringComparison.Ordinal) =>
                $"de waarde ‘{value}’ heeft niet de vorm die de iStandaard voorschrijft{Allowed(facets.OfType<XmlSchemaPatternFacet>(), " (patroon: {0})")}",
            _ when text.Contains("MaxLength", StringComparison.Ordinal) =>
                $"de waarde ‘{value}’ is te lang{Allowed(facets.OfType<XmlSchemaMaxLengthFacet>(), " (ten hoogste {0} tekens)")}",
            _ when text.Contains("MinLength", StringComparison.Ordinal) || text.Contains("Length constraint", StringComparison.Ordinal) =>
                $"de waarde ‘{value}’ heeft niet de lengte die de iStandaard voorschrijft{Allowed(facets.OfType<XmlSchemaLengthFacet>().Cast<XmlSchemaFacet>().Concat(facets.OfType<XmlSchemaMinLengthFacet>()), " ({0} tekens)")}",
            _ when text.Contains("Enumeration constraint", StringComparison.Ordinal) =>
                $"de waarde ‘{value}’ is geen van de toegestane waarden{Allowed(facets.OfType<XmlSchemaEnumerationFacet>(), " ({0})")}",
            _ when text.Contains("invalid child element", StringComparison.Ordinal) => "dit element hoort hier niet (of niet op deze plaats)",
            _ when text.Contains("incomplete content", StringComparison.Ordinal) => "er ontbreekt een verplicht element",
            _ when text.Contains("MaxInclusive", StringComparison.Ordinal) || text.Contains("MinInclusive", StringComparison.Ordinal) =>
                $"de waarde ‘{value}’ ligt buiten het bereik dat de iStandaard toestaat",
            _ when text.Contains("datatype", StringComparison.Ordinal) => $"de waarde ‘{value}’ is niet van het juiste soort (een datum als JJJJ-MM-DD, een getal zonder punten)",
            _ => "het element voldoet niet aan het schema",
        };
    }

    private static string Allowed(IEnumerable<XmlSchemaFacet> facets, string format)
    {
        var values = facets.Select(f => f.Value).Where(v => v is { Length: > 0 }).Distinct().ToList();
        return values.Count == 0 ? "" : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, string.Join(", ", values));
    }

    private static XmlSchemaType? SourceType(XmlSchemaException problem) => (problem as XmlSchemaValidationException)?.SourceSchemaObject switch
    {
        XmlSchemaElement element => element.ElementSchemaType,
        XmlSchemaAttribute attribute => attribute.AttributeSchemaType,
        _ => null,
    };

    // The facets of the element's simple type and the types it restricts, where the schema says them.
    private static List<XmlSchemaFacet> Facets(XmlSchemaType? type)
    {
        var facets = new List<XmlSchemaFacet>();
        for (; type is not null; type = type.BaseXmlSchemaType)
        {
            if (type is XmlSchemaSimpleType { Content: XmlSchemaSimpleTypeRestriction restriction })
            {
                facets.AddRange(restriction.Facets.OfType<XmlSchemaFacet>());
            }
        }

        return facets;
    }

    [GeneratedRegex("value '([^']*)'")]
    private static partial Regex QuotedValue();
}
