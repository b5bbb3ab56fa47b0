using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Events;
using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Monitoring.Persistence;
using Regional.Purchasing.Facts;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Kpis;

/// <summary>
/// Contract management hears of each declaration Care receives (<see cref="DeclarationReceived"/>): the share of the
/// provider's declarations over that period that came within the region's deadline becomes the KPI "tijdig
/// gedeclareerd" of each of its contracts in force then. Counted over all members (a contract is the region's) from
/// Monitoring's own tally, so the same event twice changes nothing.
/// </summary>
internal sealed class DeclarationTimeliness(MonitoringDbContext db, IPurchasedCare purchased, KpiService kpis) : IIntegrationEventSubscriber<DeclarationReceived>
{
    public const string KpiCode = "tijdig-gedeclareerd";

    public async Task HandleAsync(DeclarationReceived integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var (provider, period) = (integrationEvent.ProviderId, new Period(integrationEvent.PeriodStart, integrationEvent.PeriodEnd));
        await using (var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false))
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO monitoring.received_declarations (declaration_id, region_id, provider_id, period_start, period_end, late)
                VALUES ({integrationEvent.DeclarationId}, kernel.current_region_id(), {provider}, {period.Start}, {period.End}, {integrationEvent.Late})
                ON CONFLICT (declaration_id) DO NOTHING
                """, cancellationToken).ConfigureAwait(false);
            await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var contract in (await purchased.ContractsAsync(cancellationToken).ConfigureAwait(false)).Where(c => c.ProviderId == provider && c.Term.Contains(period)))
        {
            try
            {
                await kpis.RecordDerivedAsync(contract.Id, KpiCode, period, ct => OnTimeAsync(provider, period, ct), cancellationToken).ConfigureAwait(false);
            }
            catch (RuleViolationException)
            {
                // A KPI the contract cannot hold for this period (outside its term) is left out; the declaration still counts.
            }
        }
    }

    private async Task<decimal> OnTimeAsync(Guid provider, Period period, CancellationToken cancellationToken)
    {
        var late = await db.ReceivedDeclarations.AsNoTracking()
            .Where(d => d.ProviderId == provider && d.PeriodStart == period.Start && d.PeriodEnd == period.End!.Value)
            .Select(d => d.Late).ToListAsync(cancellationToken).ConfigureAwait(false);
        return decimal.Round(100m * late.Count(l => !l) / late.Count, 1);
    }
}
