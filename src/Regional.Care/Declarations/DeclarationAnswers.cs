using Regional.Care.Messages;
using Regional.Kernel.Modules;
using Regional.Kernel.Privacy;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;

namespace Regional.Care.Declarations;

/// <summary>
/// The answers to a declaration: the declaratie-antwoord (JW325 / WMO325) for an iStandaard message, and for
/// every declaration a CSV of all its lines with their outcome. Writing the 325 marks the answer as sent.
/// </summary>
internal sealed class DeclarationAnswers(
    DeclarationService declarations, IEnumerable<MessageStandard> standards, RegionDirectory directory, IPurchasedCare purchased, IBsnProtector bsns)
{
    private const int Page = 1_000;

    /// <summary>Whether a 325 exists for the declaration: only messages of an iStandaard are answered in one.</summary>
    public bool HasMessageAnswer(Declaration declaration) =>
        declaration?.Format == DeclarationFormat.Istandaard && standards.Any(s => s.Domain == declaration.Domain);

    public async Task WriteMessageAsync(Declaration declaration, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var standard = standards.Single(s => s.Domain == declaration.Domain);
        var municipality = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).Single(m => m.MunicipalityId == declaration.MunicipalityId);
        var provider = (await purchased.ProviderAsync(declaration.ProviderId, cancellationToken).ConfigureAwait(false))!;
        await new AnswerXmlWriter(standard, bsns).WriteAsync(output, declaration, municipality.CbsCode, provider.AgbCode,
            after => declarations.LinesAsync(declaration.Id, rejectedOnly: true, after, Page, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task WriteCsvAsync(Declaration declaration, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return AnswerCsv.WriteAsync(output, after => declarations.LinesAsync(declaration.Id, rejectedOnly: false, after, Page, cancellationToken: cancellationToken), cancellationToken);
    }

    /// <summary>The file name of the 325 as it goes out, e.g. JW325_DN001.xml.</summary>
    public string MessageFileName(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return $"{standards.Single(s => s.Domain == declaration.Domain).MessageName("325")}_{declaration.Number}.xml";
    }
}
