using System.Xml;
using System.Xml.Schema;
using Regional.Kernel.Security;

namespace Regional.Care.Messages;

/// <summary>
/// How Regional reads XML from outside: no DTD (so no entity expansion and no external entities, XXE), no
/// resolver, validated against the message's XSD while it streams; every problem becomes one clear refusal.
/// </summary>
internal static class SecureXml
{
    public static XmlReaderSettings Settings(XmlSchemaSet? schemas)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true,
            IgnoreProcessingInstructions = true, CloseInput = false, MaxCharactersFromEntities = 0,
        };
        if (schemas is not null)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = schemas;
            settings.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings;
        }

        return settings;
    }

    public static RuleViolationException NotXml(XmlException e) =>
        e.Message.Contains("DTD", StringComparison.Ordinal)
            ? new RuleViolationException("File", "Het bestand bevat een DTD (DOCTYPE). Die is in iStandaard-berichten niet toegestaan en wordt niet gelezen (bescherming tegen entiteiten en XXE).")
            : new RuleViolationException("File",
                $"Het bestand is geen geldige XML (regel {e.LineNumber}, positie {e.LinePosition}): een teken of element staat daar niet goed, of het bestand is afgebroken.");

    /// <param name="type">The element's type where the validator knows it, to say what it allows.</param>
    public static RuleViolationException Invalid(string message, XmlSchemaException e, string element, XmlSchemaType? type = null) =>
        new("File", $"Het bericht voldoet niet aan het XSD van {message} (regel {e.LineNumber}, positie {e.LinePosition}, element {element}): {SchemaMessages.Explain(e, type)}.");
}
