using System.Globalization;
using Regional.Kernel.Modules;
using Regional.Kernel.Privacy;
using Regional.Kernel.Security;

namespace Regional.Care.Messages;

/// <summary>A toegewezen product of a JW301/WMO301 as the message states it.</summary>
internal sealed record AssignedProduct(
    int Line, string Number, string Category, string? Code, DateOnly StartsOn, DateOnly? EndsOn, decimal? Volume, string? Unit, string? Frequency);

/// <summary>A toewijzing message (JW301, WMO301): the municipality, the provider, one client and the products assigned.</summary>
internal sealed record AssignmentMessage(MessageStandard Standard, string MunicipalityCode, string ProviderAgb, string MessageId, Bsn Client, DateOnly? BirthDate,
    IReadOnlyList<AssignedProduct> Products);

/// <summary>Reads a JW301/WMO301, validated against its XSD with DTDs prohibited. These messages hold one client, so they are read whole.</summary>
internal static class AssignmentXml
{
    public static AssignmentMessage Read(Stream content, byte[] prefix, IEnumerable<MessageStandard> standards)
    {
        var (standard, number) = MessageFile.Identify(prefix, standards);
        MessageFile.Expect(standard, number, "301");
        using var walker = new MessageWalker(content, SecureXml.Settings(standard.Schemas("301")), standard.MessageName("301"));
        var header = new Dictionary<string, string>();
        var products = new List<AssignedProduct>();
        Dictionary<string, string>? product = null;
        var productLine = 0;
        while (walker.Next(out var step))
        {
            switch (step.Kind)
            {
                case StepKind.Start when step.Name == "ToegewezenProduct":
                    (product, productLine) = ([], walker.Line);
                    break;
                case StepKind.Text when product is not null:
                    product[$"{walker.Parent}/{step.Name}"] = step.Value;
                    break;
                case StepKind.Text:
                    header.TryAdd($"{walker.Parent}/{step.Name}", step.Value);
                    break;
                case StepKind.End when step.Name == "ToegewezenProduct" && product is not null:
                    products.Add(Product(productLine, product));
                    product = null;
                    break;
                default:
                    break;
            }
        }

        string Value(string key) => header.TryGetValue(key, out var v) ? v : throw new RuleViolationException("File", $"Het bericht mist {key}.");
        var bsn = Value("Client/Bsn");
        return new AssignmentMessage(standard, "GM" + Value("Header/Afzender"), Value("Header/Ontvanger"), Value("BerichtIdentificatie/Identificatie"),
            Bsn.IsValid(bsn) ? Bsn.Parse("Bsn", bsn) : throw new RuleViolationException("File", "Het BSN van de cliënt doorstaat de elfproef niet. Het bericht is niet verwerkt."),
            header.TryGetValue("Geboortedatum/Datum", out var born) ? MessageWalker.Date(born) : null, products);
    }

    private static AssignedProduct Product(int line, Dictionary<string, string> values) => new(
        line, values["ToegewezenProduct/ToewijzingNummer"], values["Product/Categorie"], values.GetValueOrDefault("Product/Code"),
        MessageWalker.Date(values["ToegewezenProduct/Ingangsdatum"]),
        values.TryGetValue("ToegewezenProduct/Einddatum", out var end) ? MessageWalker.Date(end) : null,
        values.TryGetValue("Omvang/Volume", out var volume) ? decimal.Parse(volume, CultureInfo.InvariantCulture) : null,
        values.GetValueOrDefault("Omvang/Eenheid"), values.GetValueOrDefault("Omvang/Frequentie"));
}
