using Microsoft.EntityFrameworkCore;
using Regional.Care.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Monitoring.Kpis;
using Regional.Purchasing.Contracts;

namespace Regional.Care.Declarations;

/// <summary>
/// Feeds contract management: after each declaration, the share of the provider's declarations over that
/// period that came within the region's deadline becomes the KPI "tijdig gedeclareerd" of each of its
/// contracts in force then. Counted over all member municipalities (a contract is the region's), so it reads
/// in the region-wide scope; it reads the declarations' timeliness only, no client data.
/// </summary>
public sealed class DeclarationTimeliness(CareDbContext db, TenantContext tenants, RegionDirectory directory, ContractService contracts, KpiService kpis)
{
    public const string KpiCode = "tijdig-gedeclareerd";

    public async Task RecordAsync(Declaration declaration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var period = new Period(declaration.PeriodStart, declaration.PeriodEnd);
        var inForce = (await contracts.ListAsync(cancellationToken).ConfigureAwait(false)).Where(c => c.ProviderId == declaration.ProviderId && c.Term.Contains(period)).ToList();
        if (inForce.Count == 0)
        {
            return;
        }

        var members = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).Select(m => m.MunicipalityId).ToHashSet();
        List<bool> late;
        using (tenants.Begin(new TenantScope(tenants.Required.RegionId, members)))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            late = await db.Declarations.AsNoTracking()
                .Where(d => d.ProviderId == declaration.ProviderId && d.PeriodStart == period.Start && d.PeriodEnd == period.End)
                .Select(d => d.Late).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var onTime = decimal.Round(100m * late.Count(l => !l) / late.Count, 1);
        foreach (var contract in inForce)
        {
            try
            {
                await kpis.RecordDerivedAsync(contract.Id, KpiCode, period, onTime, cancellationToken).ConfigureAwait(false);
            }
            catch (RuleViolationException)
            {
                // A KPI the contract cannot hold for this period (outside its term) is left out; the declaration still counts.
            }
        }
    }
}
