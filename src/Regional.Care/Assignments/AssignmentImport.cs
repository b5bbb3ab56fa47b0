using Regional.Care.Messages;
using Regional.Kernel.Modules;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Facts;

namespace Regional.Care.Assignments;

/// <summary>
/// Imports a toewijzing message (JW301 / WMO301) all or nothing: every assigned product is checked like one
/// entered by hand (product by its national code, the provider's contract, the tariff) before any is recorded.
/// The same message again returns the assignments it made and commits nothing twice.
/// </summary>
internal sealed class AssignmentImport(
    AssignmentService assignments, IEnumerable<MessageStandard> standards, RegionDirectory directory, IPurchasedCare purchased)
{
    public async Task<IReadOnlyList<Assignment>> ImportAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var (prefix, whole) = await MessageFile.PeekAsync(content, cancellationToken).ConfigureAwait(false);
        if (!MessageFile.LooksLikeXml(prefix))
        {
            throw new RuleViolationException("File", "Een toewijzing wordt als JW301- of WMO301-bericht (XML) aangeleverd.");
        }

        var message = AssignmentXml.Read(whole, prefix, standards);
        var member = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(m => m.CbsCode == message.MunicipalityCode)
            ?? throw new RuleViolationException("File", $"De afzender, gemeente {message.MunicipalityCode}, is geen lid van deze regio.");
        var provider = await purchased.ProviderAsync(message.ProviderAgb, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("File", $"De ontvanger, AGB-code {message.ProviderAgb}, is geen aanbieder in deze regio.");
        var inputs = new List<NewAssignment>();
        foreach (var assigned in message.Products)
        {
            inputs.Add(await InputAsync(message, assigned, member.MunicipalityId, provider.Id, cancellationToken).ConfigureAwait(false));
        }

        return await assignments.CreateAllAsync(inputs, cancellationToken).ConfigureAwait(false);
    }

    private async Task<NewAssignment> InputAsync(AssignmentMessage message, AssignedProduct assigned, Guid municipalityId, Guid providerId, CancellationToken cancellationToken)
    {
        RuleViolationException Refuse(string what) => new("File", $"Regel {assigned.Line}, toewijzing {assigned.Number}: {what} Het bericht is niet verwerkt.");
        var product = (assigned.Code is null ? null : await purchased.NationalProductAsync(message.Standard.Domain, assigned.Category, assigned.Code, cancellationToken).ConfigureAwait(false))
            ?? throw Refuse($"de regio heeft geen product met categorie {assigned.Category} en productcode {assigned.Code ?? "(geen)"}.");
        if (assigned.Volume is not { } volume || assigned.Frequency is not { } frequency || !Enum.IsDefined(typeof(Frequency), int.Parse(frequency, System.Globalization.CultureInfo.InvariantCulture)))
        {
            throw Refuse("zonder omvang (volume, eenheid, frequentie) legt Regional geen toewijzing vast.");
        }

        if (assigned.Unit != Declarations.DeclarationLineRules.UnitCode(product.Unit))
        {
            throw Refuse($"eenheid {assigned.Unit} past niet bij {product.Code}, dat in {product.Unit.ToString().ToLowerInvariant()} wordt geleverd.");
        }

        if (assigned.EndsOn is null)
        {
            throw Refuse("een toewijzing zonder einddatum legt Regional niet vast: de verplichting moet een looptijd hebben.");
        }

        return new NewAssignment(municipalityId, assigned.Number, message.Client.Digits, message.BirthDate, product.Code, providerId, assigned.StartsOn, assigned.EndsOn, volume,
            (Frequency)int.Parse(frequency, System.Globalization.CultureInfo.InvariantCulture));
    }
}
