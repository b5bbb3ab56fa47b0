using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regional.Care.Persistence;
using Regional.Finance.Ledger;
using Regional.Kernel.Values;
using Regional.Kernel.Persistence;

namespace Regional.Care.Declarations;

/// <summary>
/// Posts a checked declaration's accepted lines to finance as a few journal entries: one per product and group of up to
/// <see cref="LinesPerEntry"/> lines, with a posting per client (the lines themselves are the sub-ledger behind it).
/// Each entry has its own cause (declaration, product, group), and the groups follow from the stored lines in a fixed
/// order, so completing a posting that was interrupted (a replay of the file, or the workers' sweep after a crash)
/// posts every entry exactly once.
/// </summary>
internal sealed class DeclarationPosting(CareDbContext db, ICostIntake costs, TimeProvider clock)
{
    /// <summary>Keeps one grain call and one entry bounded however large the declaration.</summary>
    private const int LinesPerEntry = 10_000;

    /// <summary>The cause of a declaration's cost in the ledger, by which a finance figure leads back to the lines.</summary>
    public static string SourceKey(Guid declarationId, Guid productId, int group) => $"declaratie:{declarationId:N}:{productId:N}:{group}";

    /// <summary>Reads a ledger cause back into the declaration and product it came from.</summary>
    public static (Guid DeclarationId, Guid ProductId)? FromSourceKey(string cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        var parts = cause.Replace("cost:", "", StringComparison.Ordinal).Split(':');
        return parts is ["declaratie", var id, var product, _] && Guid.TryParseExact(id, "N", out var declarationId) && Guid.TryParseExact(product, "N", out var productId)
            ? (declarationId, productId)
            : null;
    }

    /// <summary>Declarations of any region whose posting has not completed for a while: what a crashed host left. Outside any tenant scope.</summary>
    internal async Task<IReadOnlyList<UnpostedDeclaration>> UnpostedAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Database.SqlQuery<UnpostedDeclaration>(
            $"SELECT declaration_id AS \"DeclarationId\", declaration_region_id AS \"RegionId\", declaration_municipality_id AS \"MunicipalityId\" FROM care.unposted_declarations({(int)olderThan.TotalSeconds})")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(Guid declarationId, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using (var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false))
        {
            var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == declarationId, cancellationToken).ConfigureAwait(false);
            if (declaration.PostedAt is not null)
            {
                return;
            }

            // The lines stream from the database in a fixed order and leave a group at a time: the file's size never sits in memory.
            var lines = db.Database.SqlQuery<PostedLine>($"""
                SELECT product_id AS "ProductId", client_hash AS "ClientHash", CASE WHEN credit THEN -amount ELSE amount END AS "Amount"
                FROM care.declaration_lines WHERE declaration_id = {declarationId} AND accepted ORDER BY product_id, client_hash, position
                """);
            var (group, posted, pending) = (0, 0L, new List<PostedLine>(LinesPerEntry));
            await foreach (var line in lines.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (pending.Count == LinesPerEntry || (pending.Count > 0 && pending[0].ProductId != line.ProductId))
                {
                    await PostAsync(declaration, group++, pending, cancellationToken).ConfigureAwait(false);
                    progress?.Report(new ImportProgress(ImportPhase.Posting, posted += pending.Count));
                    pending.Clear();
                }

                pending.Add(line);
            }

            if (pending.Count > 0)
            {
                await PostAsync(declaration, group, pending, cancellationToken).ConfigureAwait(false);
                progress?.Report(new ImportProgress(ImportPhase.Posting, posted + pending.Count));
            }
        }

        await using var done = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var completed = await db.Declarations.SingleAsync(d => d.Id == declarationId, cancellationToken).ConfigureAwait(false);
        completed.PostedAt = clock.GetUtcNow();
        await done.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One group of one product's lines as one entry, dated on the declaration's last day, with a part per client.</summary>
    private async Task PostAsync(Declaration declaration, int group, List<PostedLine> lines, CancellationToken cancellationToken)
    {
        var clients = lines.GroupBy(l => l.ClientHash).Select(c => new ClientAmount(c.Key, new Money(c.Sum(l => l.Amount)))).ToList();
        var entry = new CostIncurred(declaration.MunicipalityId, lines[0].ProductId, declaration.PeriodEnd, new Money(lines.Sum(l => l.Amount)),
            SourceKey(declaration.Id, lines[0].ProductId, group), null, clients);
        if ((await costs.RecordAllAsync([entry], cancellationToken).ConfigureAwait(false))[0] is { Outcome: CostOutcome.Refused } refused)
        {
            // The lines were checked against the same products and rules, so this is a fault to see, not a line to reject: the declaration stays unposted.
            throw new InvalidOperationException($"Finance refused the posting of declaration {declaration.Id}: {refused.Problem}");
        }
    }

    /// <summary>An accepted line as the ledger needs it: product, client and signed amount.</summary>
    private sealed record PostedLine(Guid ProductId, string ClientHash, decimal Amount);
}

/// <summary>A declaration whose posting is still to complete, with where it belongs.</summary>
internal sealed record UnpostedDeclaration(Guid DeclarationId, Guid RegionId, Guid MunicipalityId);

public enum ImportPhase
{
    [Display(Name = "prestaties gecontroleerd")]
    Checking,
    [Display(Name = "prestaties geboekt")]
    Posting,
}

/// <summary>How far an import is: lines checked, then lines posted.</summary>
public sealed record ImportProgress(ImportPhase Phase, long Lines);
