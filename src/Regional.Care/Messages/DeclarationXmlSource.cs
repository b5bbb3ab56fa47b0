using Regional.Care.Declarations;
using Regional.Kernel.Modules;
using Regional.Kernel.Privacy;
using Regional.Kernel.Security;
using Regional.Kernel.Values;

namespace Regional.Care.Messages;

/// <summary>
/// A JW323 or WMO323 message, validated against its XSD while it streams: the header is read on opening,
/// the prestaties one at a time; the file is never held in memory.
/// </summary>
internal sealed class DeclarationXmlSource : IDeclarationSource
{
    private readonly MessageWalker walker;
    private readonly MessageStandard standard;

    public DeclarationXmlSource(Stream content, MessageStandard standard)
    {
        ArgumentNullException.ThrowIfNull(standard);
        this.standard = standard;
        var name = standard.MessageName("323");
        walker = new MessageWalker(content, SecureXml.Settings(standard.Schemas("323")), name);
        Header = ReadHeader(name);
    }

    public DeclarationHeader Header { get; }

    public IEnumerable<DeclaredLine> Lines()
    {
        Bsn? client = null;
        var clientLine = 0;
        Prestatie? line = null;
        var position = 0;
        while (walker.Next(out var step))
        {
            switch (step.Kind)
            {
                case StepKind.Start when step.Name == "Prestatie":
                    line = new Prestatie(walker.Line);
                    break;
                case StepKind.Text when step.Name == "Bsn" && walker.Parent == "Client":
                    clientLine = walker.Line;
                    client = Bsn.IsValid(step.Value)
                        ? Bsn.Parse("Bsn", step.Value)
                        : throw MessageWalker.Refuse(clientLine, "het BSN van deze cliënt doorstaat de elfproef niet. Het bericht is niet verwerkt.");
                    break;
                case StepKind.Text when line is not null:
                    line.Take(walker.Parent, step.Name, step.Value);
                    break;
                case StepKind.End when step.Name == "Prestatie" && line is not null:
                    yield return line.ToLine(++position, client ?? throw MessageWalker.Refuse(line.Where, "prestatie zonder cliënt."));
                    line = null;
                    break;
                default:
                    break;
            }
        }
    }

    public void Dispose() => walker.Dispose();

    private DeclarationHeader ReadHeader(string name)
    {
        var values = new Dictionary<string, string>();
        while (walker.Next(out var step))
        {
            if (step.Kind == StepKind.Start && step.Name == "Clienten")
            {
                break;
            }

            if (step.Kind == StepKind.Text)
            {
                values[$"{walker.Parent}/{step.Name}"] = step.Value;
            }
        }

        string Value(string key) => values.TryGetValue(key, out var v) ? v : throw new RuleViolationException("File", $"Het {name}-bericht mist {key}.");
        var code = Value("Header/BerichtCode");
        if (code != standard.Code("323"))
        {
            throw new RuleViolationException("File", $"BerichtCode {code} is geen {name} (verwacht {standard.Code("323")}).");
        }

        var total = MessageWalker.Cents(Value("TotaalIngediendBedrag/TotaalBedrag"));
        return new DeclarationHeader(
            standard.Domain, DeclarationFormat.Istandaard, standard.Name, Value("Header/Afzender"), "GM" + Value("Header/Ontvanger"),
            Value("BerichtIdentificatie/Identificatie"), MessageWalker.Date(Value("BerichtIdentificatie/Dagtekening")), Value("Declaratie/DeclaratieNummer"),
            new Period(MessageWalker.Date(Value("DeclaratiePeriode/Begindatum")), MessageWalker.Date(Value("DeclaratiePeriode/Einddatum"))),
            Value("TotaalIngediendBedrag/DebetCredit") == "C" ? -total : total,
            values.GetValueOrDefault("XsdVersie/BasisschemaXsdVersie"), values.GetValueOrDefault("XsdVersie/BerichtXsdVersie"));
    }

    /// <summary>The fields of one prestatie as they stream past.</summary>
    private sealed class Prestatie(int where)
    {
        private readonly Dictionary<string, string> values = [];

        public int Where => where;

        public void Take(string parent, string name, string value) => values[parent is "ProductReferentie" or "ProductPeriode" or "IngediendBedrag" ? $"{parent}/{name}" : name] = value;

        public DeclaredLine ToLine(int position, Bsn client)
        {
            string Value(string key) => values.TryGetValue(key, out var v) ? v : throw MessageWalker.Refuse(where, $"de prestatie mist {key}.");
            var start = MessageWalker.Date(Value("ProductPeriode/Begindatum"));
            var end = MessageWalker.Date(Value("ProductPeriode/Einddatum"));
            return new DeclaredLine(
                position, $"regel {where}", client, Value("ProductReferentie/ReferentieNummer"), values.GetValueOrDefault("ProductReferentie/VorigReferentieNummer"),
                Value("ToewijzingNummer"), Value("ProductCategorie"), Value("ProductCode"), start, end,
                decimal.Parse(Value("GeleverdVolume"), System.Globalization.CultureInfo.InvariantCulture), Value("Eenheid"),
                values.TryGetValue("ProductTarief", out var tariff) ? MessageWalker.Cents(tariff) : null,
                MessageWalker.Cents(Value("IngediendBedrag/Bedrag")), Value("IngediendBedrag/DebetCredit") == "C");
        }
    }
}
