using System.Globalization;
using System.Xml;
using System.Xml.Schema;
using Regional.Kernel.Security;

namespace Regional.Care.Messages;

/// <summary>
/// Walks a validating XmlReader leaf by leaf: each text value comes with its element and the element around
/// it (e.g. Begindatum in ProductPeriode), in document order. Schema errors become one clear refusal.
/// </summary>
internal sealed class MessageWalker : IDisposable
{
    private readonly XmlReader reader;
    private readonly List<string> path = [];
    private readonly string message;

    public MessageWalker(Stream content, XmlReaderSettings settings, string message)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.message = message;
        settings.ValidationEventHandler += (sender, e) =>
            throw SecureXml.Invalid(message, e.Exception, Current, (sender as XmlReader)?.SchemaInfo is { } info ? info.SchemaElement?.ElementSchemaType ?? info.SchemaType : null);
        reader = XmlReader.Create(content, settings);
    }

    public string Current => path.Count > 0 ? path[^1] : "";

    public string Parent => path.Count > 1 ? path[^2] : "";

    /// <summary>Where the reader is, for messages about what it found there.</summary>
    public int Line => ((IXmlLineInfo)reader).LineNumber;

    /// <summary>Moves to the next start, end or text; false at the end of the document.</summary>
    public bool Next(out Step step)
    {
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        path.Add(reader.LocalName);
                        var empty = reader.IsEmptyElement;
                        step = new Step(StepKind.Start, reader.LocalName, "");
                        if (empty)
                        {
                            path.RemoveAt(path.Count - 1);
                        }

                        return true;
                    case XmlNodeType.EndElement:
                        step = new Step(StepKind.End, reader.LocalName, "");
                        path.RemoveAt(path.Count - 1);
                        return true;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        step = new Step(StepKind.Text, Current, reader.Value);
                        return true;
                    default:
                        continue;
                }
            }
        }
        catch (XmlException e)
        {
            throw SecureXml.NotXml(e);
        }
        catch (XmlSchemaException e)
        {
            throw SecureXml.Invalid(message, e, Current);
        }

        step = default;
        return false;
    }

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An amount in whole cents, as the iStandaarden write them, in euros.</summary>
    public static decimal Cents(string text) => long.Parse(text, CultureInfo.InvariantCulture) / 100m;

    public static RuleViolationException Refuse(int line, string what) => new("File", $"Regel {line}: {what}");

    public void Dispose() => reader.Dispose();
}

internal enum StepKind
{
    Start,
    End,
    Text,
}

internal readonly record struct Step(StepKind Kind, string Name, string Value);
