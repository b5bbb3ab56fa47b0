using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Security;
using Regional.Purchasing.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Solidarity;

public sealed record NewSolidarityDecision(
    string? ProductGroup,
    string? ProductCode,
    int Year,
    SolidarityArrangement Arrangement,
    decimal? Fraction,
    decimal? ThresholdAmount,
    ThresholdBasis? ThresholdBasis,
    DistributionKeyKind? DistributionKey,
    DateOnly DecidedOn,
    string Reference);

/// <summary>
/// Dated decisions on financial solidarity per product group or product and year. Finance settles
/// pools by the decision in force (<see cref="InForceAsync"/>); nothing is overwritten.
/// </summary>
internal sealed class SolidarityService(PurchasingDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<SolidarityDecision>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.SolidarityDecisions.AsNoTracking().OrderByDescending(d => d.Year).ThenBy(d => d.ProductGroup).ThenByDescending(d => d.RecordedAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<SolidarityDecision> RecordAsync(NewSolidarityDecision input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        Guid? productId = null;
        if (!string.IsNullOrWhiteSpace(input.ProductCode))
        {
            var code = input.ProductCode.Trim().ToUpperInvariant();
            productId = (await db.Products.SingleOrDefaultAsync(p => p.Code == code, cancellationToken).ConfigureAwait(false))?.Id
                ?? throw new RuleViolationException(nameof(input.ProductCode), $"Onbekende productcode '{input.ProductCode}'.");
        }
        else if (!string.IsNullOrWhiteSpace(input.ProductGroup) &&
                 !await db.Products.AnyAsync(p => p.ProductGroup == input.ProductGroup.Trim(), cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(input.ProductGroup), $"Er is geen productgroep '{input.ProductGroup}'.");
        }

        var decision = new SolidarityDecision
        {
            ProductGroup = productId is null && !string.IsNullOrWhiteSpace(input.ProductGroup) ? input.ProductGroup.Trim() : null,
            ProductId = productId,
            Year = input.Year,
            Arrangement = input.Arrangement,
            Fraction = input.Arrangement == SolidarityArrangement.Partial ? input.Fraction : null,
            ThresholdAmount = input.Arrangement == SolidarityArrangement.AboveThreshold ? input.ThresholdAmount : null,
            ThresholdBasis = input.Arrangement == SolidarityArrangement.AboveThreshold ? input.ThresholdBasis : null,
            DistributionKey = input.Arrangement == SolidarityArrangement.None ? null : input.DistributionKey,
            DecidedOn = input.DecidedOn,
            DecidedBy = actor.Name,
            Reference = Require.Text(nameof(input.Reference), "het kenmerk van het besluit", input.Reference),
            RecordedAt = clock.GetUtcNow(),
        };
        SolidarityRules.ArrangementIsComplete(decision);
        db.SolidarityDecisions.Add(decision);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return decision;
    }

    /// <summary>The decision in force for a product in a year: one for the product itself, else for its group; the latest recorded wins.</summary>
    public async Task<SolidarityDecision?> InForceAsync(Guid productId, int year, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var product = await db.Products.AsNoTracking().SingleAsync(p => p.Id == productId, cancellationToken).ConfigureAwait(false);
        var decisions = await db.SolidarityDecisions.AsNoTracking()
            .Where(d => d.Year == year && (d.ProductId == productId || d.ProductGroup == product.ProductGroup))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return decisions.OrderByDescending(d => d.ProductId is not null).ThenByDescending(d => d.RecordedAt).FirstOrDefault();
    }
}
