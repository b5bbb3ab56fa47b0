using Microsoft.EntityFrameworkCore;
using Regional.Finance.Owners;
using Regional.Finance.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;

namespace Regional.Finance.Commitments;

/// <summary>
/// Books commitments per year, split by days with largest remainder so the years add up to the cent; idempotent per
/// cause. The budget accounts concerned read their commitments again once they are committed.
/// </summary>
internal sealed class CommitmentBook(FinanceDbContext db, IGrainFactory grains, TenantContext tenants) : ICommitments
{
    public async Task RecordAsync(CommitmentMade commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var key = Require.Text(nameof(commitment.SourceKey), "de bronverwijzing", commitment.SourceKey, 200);
        var years = PerYear(commitment.Period);
        var amounts = commitment.Amount.Allocate(years.Select(y => (decimal)y.Days).ToList());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Commitments.AnyAsync(c => c.SourceKey == key, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        db.Commitments.AddRange(years.Select((y, i) => new Commitment
        {
            MunicipalityId = commitment.MunicipalityId, Domain = commitment.Domain, Year = y.Year, Amount = amounts[i].Euros, SourceKey = key,
        }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var region = tenants.Required.RegionId;
        await Task.WhenAll(years.Select(y => grains.GetGrain<IBudgetGrain>(new BudgetOwner(region, commitment.MunicipalityId, commitment.Domain, y.Year).Key).ResyncAsync()))
            .ConfigureAwait(false);
    }

    private static List<(int Year, int Days)> PerYear(Period period)
    {
        var end = period.End ?? throw new RuleViolationException("Period", "Een verplichting heeft een einddatum.");
        return Enumerable.Range(period.Start.Year, end.Year - period.Start.Year + 1).Select(year =>
        {
            var from = year == period.Start.Year ? period.Start : new DateOnly(year, 1, 1);
            var to = year == end.Year ? end : new DateOnly(year, 12, 31);
            return (year, to.DayNumber - from.DayNumber + 1);
        }).ToList();
    }
}
