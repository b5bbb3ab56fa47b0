using Microsoft.EntityFrameworkCore;
using Regional.Care.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Care.Declarations;

/// <summary>Which declarations to show: by provider, municipality and month of the declared period (all optional).</summary>
internal sealed record DeclarationFilter(Guid? ProviderId = null, Guid? MunicipalityId = null, DateOnly? Month = null);

/// <summary>Declared, accepted, rejected (with why) and posted, for one provider, municipality or period.</summary>
internal sealed record DeclarationTotals(string Key, int Declarations, int Lines, decimal Declared, decimal Accepted, decimal Rejected, decimal Posted, int Late,
    IReadOnlyDictionary<string, int> RejectedByCode);

internal enum TotalsBy
{
    Provider,
    Municipality,
    Period,
}

/// <summary>
/// Reading declarations as the municipalities and the region see them (the database decides which
/// municipalities' declarations a user sees): lists, one declaration with its lines, totals, the answers due.
/// </summary>
internal sealed class DeclarationService(CareDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Declaration>> ListAsync(DeclarationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await Filtered(filter).OrderByDescending(d => d.ReceivedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Declaration?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Declarations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A declaration's lines in file order, from a position on (for paging through a large one).</summary>
    /// <param name="productId">Only the lines of this product: what one of the declaration's journal entries stands for.</param>
    public async Task<IReadOnlyList<DeclarationLine>> LinesAsync(
        Guid id, bool rejectedOnly = false, int after = 0, int take = 500, Guid? productId = null, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.DeclarationLines.AsNoTracking()
            .Where(l => l.DeclarationId == id && l.Position > after && (!rejectedOnly || !l.Accepted) && (productId == null || l.ProductId == productId))
            .OrderBy(l => l.Position).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Declared, accepted, rejected (per retourcode) and posted, grouped as asked.</summary>
    public async Task<IReadOnlyList<DeclarationTotals>> TotalsAsync(TotalsBy by, DeclarationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var declarations = await Filtered(filter).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = declarations.Select(d => d.Id).ToList();
        var codes = await db.DeclarationLines.AsNoTracking().Where(l => ids.Contains(l.DeclarationId) && !l.Accepted)
            .Select(l => new { l.DeclarationId, l.RetourCodes }).ToListAsync(cancellationToken).ConfigureAwait(false);
        string KeyOf(Declaration d) => by switch
        {
            TotalsBy.Provider => d.ProviderId.ToString(),
            TotalsBy.Municipality => d.MunicipalityId.ToString(),
            _ => d.PeriodStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        };
        var keyById = declarations.ToDictionary(d => d.Id, KeyOf);
        var rejectedByCode = codes.GroupBy(c => keyById[c.DeclarationId]).ToDictionary(
            g => g.Key, g => (IReadOnlyDictionary<string, int>)g.SelectMany(c => c.RetourCodes).GroupBy(c => c).OrderBy(c => c.Key).ToDictionary(c => c.Key, c => c.Count()));
        return declarations.GroupBy(KeyOf).OrderBy(g => g.Key).Select(g => new DeclarationTotals(
            g.Key, g.Count(), g.Sum(d => d.LineCount), g.Sum(d => d.TotalDeclared), g.Sum(d => d.TotalAccepted), g.Sum(d => d.TotalDeclared - d.TotalAccepted),
            g.Where(d => d.PostedAt != null).Sum(d => d.TotalAccepted), g.Count(d => d.Late),
            rejectedByCode.GetValueOrDefault(g.Key) ?? new Dictionary<string, int>())).ToList();
    }

    /// <summary>The work queue: declarations whose answer has not gone out yet, the soonest due first.</summary>
    public async Task<IReadOnlyList<Declaration>> AnswersDueAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Declarations.AsNoTracking().Where(d => d.AnsweredAt == null).OrderBy(d => d.AnswerDueOn).ThenBy(d => d.ReceivedAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The municipality says the answer went out to the provider (audited with who and when); the first time counts,
    /// saying it again changes nothing. Null when the declaration is not one the user sees.
    /// </summary>
    public async Task<Declaration?> MarkAnsweredAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var declaration = await db.Declarations.SingleOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        if (declaration is { AnsweredAt: null })
        {
            declaration.AnsweredAt = clock.GetUtcNow();
            await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return declaration;
    }

    private IQueryable<Declaration> Filtered(DeclarationFilter filter)
    {
        var query = db.Declarations.AsNoTracking();
        if (filter.ProviderId is { } provider)
        {
            query = query.Where(d => d.ProviderId == provider);
        }

        if (filter.MunicipalityId is { } municipality)
        {
            query = query.Where(d => d.MunicipalityId == municipality);
        }

        if (filter.Month is { } month)
        {
            var first = new DateOnly(month.Year, month.Month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            query = query.Where(d => d.PeriodStart <= last && d.PeriodEnd >= first);
        }

        return query;
    }
}
