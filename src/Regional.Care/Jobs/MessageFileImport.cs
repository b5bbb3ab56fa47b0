using System.Globalization;
using Regional.Care.Assignments;
using Regional.Care.Declarations;

namespace Regional.Care.Jobs;

/// <summary>
/// One message file imported whole, as the import queue and the host's <c>import</c> verb do: a declaration (323 or CSV)
/// or a toewijzing message (301), all or nothing, with what it became said in Dutch. A refused file throws a
/// <see cref="Kernel.Security.RuleViolationException"/> saying why.
/// </summary>
public interface IMessageFileImport
{
    Task<ImportedFile> ImportAsync(Stream content, ImportKind kind, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>What a file became: the declaration, if it was one, and its counts in Dutch (also whether it had been received before).</summary>
public sealed record ImportedFile(Guid? DeclarationId, string Summary);

internal sealed class MessageFileImport(DeclarationImporter declarations, AssignmentImport assignments) : IMessageFileImport
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<ImportedFile> ImportAsync(Stream content, ImportKind kind, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        kind == ImportKind.Declaration
            ? Describe(await declarations.ImportAsync(content, progress, cancellationToken).ConfigureAwait(false))
            : new ImportedFile(null, $"{(await assignments.ImportAsync(content, cancellationToken).ConfigureAwait(false)).Count} toewijzing(en) vastgelegd.");

    private static ImportedFile Describe(DeclarationOutcome outcome)
    {
        var d = outcome.Declaration;
        var text = string.Create(Dutch, $"Declaratie {d.Number}: {d.LineCount:N0} prestaties, {d.AcceptedCount:N0} goedgekeurd, {d.RejectedCount:N0} afgekeurd; toegekend € {d.TotalAccepted:N2}.");
        return new ImportedFile(d.Id, outcome.Replayed ? "Dit bericht was al ontvangen; hetzelfde antwoord. " + text : text);
    }
}
