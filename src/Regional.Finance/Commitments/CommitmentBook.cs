using Microsoft.EntityFrameworkCore;
using Regional.Finance.Owners;
using Regional.Finance.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Commitments;

/// <summary>
/// Books commitments per year, split by days with largest remainder so the years add up to the cent; idempotent per
/// cause. Each year's part is booked by the municipality's budget account for the domain and year (its grain), which
/// keeps what is committed current.
/// </summary>
internal sealed class CommitmentBook(FinanceDbContext db, IGrainFactory grains, TenantContext tenants) : ICommitments
{
    public async Task RecordAsync(CommitmentMade commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var key = Require.Text(nameof(commitment.SourceKey), "de bronverwijzing", commitment.SourceKey, 200);
        var years = PerYear(commitment.Period);
        var amounts = commitment.Amount.Allocate(years.Select(y => (decimal)y.Days).ToList());
        var region = tenants.Required.RegionId;
        await Task.WhenAll(years.Select((y, i) => ClusterFaults.RetryAsync(
            async () =>
            {
                await grains.GetGrain<IBudgetGrain>(new BudgetOwner(region, commitment.MunicipalityId, commitment.Domain, y.Year).Key).CommitAsync(key, amounts[i].Euros).ConfigureAwait(false);
                return true;
            },
            cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>Writes one year's part inside its budget account's grain; false when that cause was booked for the year before.</summary>
    internal async Task<bool> WriteAsync(BudgetOwner account, string sourceKey, decimal amount, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Commitments.AnyAsync(c => c.SourceKey == sourceKey && c.Year == account.Year, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        db.Commitments.Add(new Commitment { MunicipalityId = account.MunicipalityId, Domain = account.Domain, Year = account.Year, Amount = amount, SourceKey = sourceKey });
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return true;
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
