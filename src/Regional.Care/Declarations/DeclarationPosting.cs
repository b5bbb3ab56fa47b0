using Microsoft.EntityFrameworkCore;
using Regional.Care.Persistence;
using Regional.Finance.Ledger;
using Regional.Kernel.Values;

namespace Regional.Care.Declarations;

/// <summary>
/// Posts a checked declaration's accepted lines to finance, a message-sized batch at a time, and marks the
/// declaration posted. Each line posts under its own cause (declaration and position), so completing a
/// posting that was interrupted (a replay of the file, or the workers' sweep after a crash) posts every line
/// exactly once.
/// </summary>
public sealed class DeclarationPosting(CareDbContext db, ICostIntake costs, TimeProvider clock)
{
    private const int Batch = 2_000;

    /// <summary>The cause of a line's cost in the ledger, by which a finance figure leads back to the line.</summary>
    public static string SourceKey(Guid declarationId, int position) => $"declaratie:{declarationId:N}:{position}";

    /// <summary>Reads a ledger cause back into the declaration and line it came from.</summary>
    public static (Guid DeclarationId, int Position)? FromSourceKey(string cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        var parts = cause.Replace("cost:", "", StringComparison.Ordinal).Split(':');
        return parts is ["declaratie", var id, var position] && Guid.TryParseExact(id, "N", out var declarationId) && int.TryParse(position, out var p)
            ? (declarationId, p)
            : null;
    }

    /// <summary>Declarations of any region whose posting has not completed for a while: what a crashed host left. Outside any tenant scope.</summary>
    public async Task<IReadOnlyList<UnpostedDeclaration>> UnpostedAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return await db.Database.SqlQuery<UnpostedDeclaration>(
            $"SELECT declaration_id AS \"DeclarationId\", declaration_region_id AS \"RegionId\", declaration_municipality_id AS \"MunicipalityId\" FROM care.unposted_declarations({(int)olderThan.TotalSeconds})")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(Guid declarationId, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var last = 0;
        var posted = 0L;
        while (true)
        {
            List<DeclarationLine> lines;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await db.Declarations.AsNoTracking().AnyAsync(d => d.Id == declarationId && d.PostedAt != null, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                lines = await db.DeclarationLines.AsNoTracking().Where(l => l.DeclarationId == declarationId && l.Accepted && l.Position > last)
                    .OrderBy(l => l.Position).Take(Batch).ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            if (lines.Count == 0)
            {
                break;
            }

            await costs.RecordAllAsync(lines.Select(l => new CostIncurred(
                l.MunicipalityId, l.ProductId!.Value, l.PeriodEnd, new Money(l.SignedAmount), SourceKey(declarationId, l.Position), l.ClientHash)).ToList(),
                cancellationToken).ConfigureAwait(false);
            last = lines[^1].Position;
            posted += lines.Count;
            progress?.Report(new ImportProgress(ImportPhase.Posting, posted));
        }

        await using var done = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var declaration = await db.Declarations.SingleAsync(d => d.Id == declarationId, cancellationToken).ConfigureAwait(false);
        declaration.PostedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await done.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A declaration whose posting is still to complete, with where it belongs.</summary>
public sealed record UnpostedDeclaration(Guid DeclarationId, Guid RegionId, Guid MunicipalityId);

public enum ImportPhase
{
    Checking,
    Posting,
}

/// <summary>How far an import is: lines checked, then lines posted.</summary>
public sealed record ImportProgress(ImportPhase Phase, long Lines);
