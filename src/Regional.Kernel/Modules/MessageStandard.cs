using System.Collections.Concurrent;
using System.Reflection;
using System.Xml;
using System.Xml.Schema;
using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Modules;

/// <summary>
/// The iStandaard a domain module speaks with providers (iJw 3.2 for Jeugd, iWmo 3.2 for Wmo): its namespaces,
/// its message codes (COD002) and the XSDs the module ships as embedded resources
/// <c>Regional.{Domain}.xsd.{prefix}{number}.xsd</c> plus <c>basisschema.xsd</c>. Care reads and writes the
/// messages through this, so no core project knows a module and no module knows another.
/// </summary>
public sealed class MessageStandard(SocialDomain domain, string name, string prefix, string namespaceRoot, IReadOnlyDictionary<string, string> codes, Assembly assembly)
{
    private readonly ConcurrentDictionary<string, XmlSchemaSet?> schemas = new();

    public SocialDomain Domain => domain;

    /// <summary>E.g. "iJw 3.2".</summary>
    public string Name => name;

    /// <summary>The message name as people write it, e.g. "JW323" for number "323".</summary>
    public string MessageName(string number) => prefix.ToUpperInvariant() + number;

    public string Namespace(string number) => $"{namespaceRoot}/{prefix}{number}/schema";

    public string BasisNamespace => $"{namespaceRoot}/basisschema/schema";

    /// <summary>The BerichtCode of a message number, e.g. 490 for JW323.</summary>
    public string Code(string number) => codes[number];

    /// <summary>The message numbers this standard handles here, e.g. 301, 323, 325.</summary>
    public IEnumerable<string> Numbers => codes.Keys;

    /// <summary>
    /// The compiled XSDs of a message with the basisschema, or null where the module has no XSD for it
    /// (the iWmo 325 schema is not among the published sources). Read with DTDs prohibited and no resolver.
    /// </summary>
    public XmlSchemaSet? Schemas(string number) => schemas.GetOrAdd(number, Load);

    private XmlSchemaSet? Load(string number)
    {
        using var message = assembly.GetManifestResourceStream($"Regional.{domain}.xsd.{prefix}{number}.xsd");
        if (message is null)
        {
            return null;
        }

        using var basis = assembly.GetManifestResourceStream($"Regional.{domain}.xsd.basisschema.xsd")
            ?? throw new InvalidOperationException($"The basisschema of {name} is missing from {assembly.GetName().Name}.");
        var set = new XmlSchemaSet { XmlResolver = null };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        foreach (var stream in new[] { basis, message })
        {
            using var reader = XmlReader.Create(stream, settings);
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}

public static class MessageStandardRegistration
{
    public static IServiceCollection AddMessageStandard(this IServiceCollection services, MessageStandard standard) => services.AddSingleton(standard);
}
