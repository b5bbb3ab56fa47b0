using System.Text;
using System.Xml;
using Regional.Kernel.Modules;
using Regional.Kernel.Security;

namespace Regional.Care.Messages;

/// <summary>
/// Opens an uploaded message: looks at its first bytes to tell XML from CSV and, for XML, which iStandaard
/// message it is (the root element's namespace), then hands back a stream that still starts at the beginning.
/// </summary>
internal static class MessageFile
{
    private const int PrefixSize = 4096;

    public static async Task<(byte[] Prefix, Stream Whole)> PeekAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var prefix = new byte[PrefixSize];
        var length = await content.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        Array.Resize(ref prefix, length);
        return (prefix, new PrefixedStream(prefix, content));
    }

    /// <summary>
    /// XML starts, after an optional byte order mark and white space, with '&lt;', in UTF-8 or in UTF-16 (with or without
    /// a byte order mark), as XML allows; the XML reader itself then reads the encoding the file declares.
    /// </summary>
    public static bool LooksLikeXml(byte[] prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var encoding = prefix switch
        {
            [0xFF, 0xFE, ..] or [(byte)'<', 0, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] or [0, (byte)'<', ..] => Encoding.BigEndianUnicode,
            _ => Encoding.UTF8,
        };
        var text = encoding.GetString(prefix).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<');
    }

    /// <summary>The iStandaard message the root element names, e.g. (iJw, "323"); refuses anything else clearly.</summary>
    public static (MessageStandard Standard, string Number) Identify(byte[] prefix, IEnumerable<MessageStandard> standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        var (name, ns) = Root(prefix);
        foreach (var standard in standards)
        {
            var number = standard.Numbers.FirstOrDefault(n => standard.Namespace(n) == ns);
            if (number is not null)
            {
                return (standard, number);
            }
        }

        throw new RuleViolationException("File",
            $"Het hoofdelement '{name}' met namespace '{ns}' is geen bericht van een iStandaard die Regional kent (iJw 3.2, iWmo 3.2).");
    }

    public static void Expect(MessageStandard standard, string number, params string[] expected)
    {
        ArgumentNullException.ThrowIfNull(standard);
        if (!expected.Contains(number))
        {
            throw new RuleViolationException("File",
                $"Dit is een {standard.MessageName(number)}-bericht; hier wordt een {string.Join(" of ", expected.Select(standard.MessageName))}-bericht verwacht.");
        }
    }

    private static (string Name, string Namespace) Root(byte[] prefix)
    {
        using var reader = XmlReader.Create(new MemoryStream(prefix), SecureXml.Settings(null));
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return (reader.LocalName, reader.NamespaceURI);
                }
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal) || prefix.Length < PrefixSize)
        {
            throw SecureXml.NotXml(e);
        }
        catch (XmlException)
        {
            // The prefix may end inside the root's start tag of a large file; the full read will say what is wrong.
        }

        throw new RuleViolationException("File", "Het bestand bevat geen XML-element.");
    }
}
