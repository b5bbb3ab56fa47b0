using Microsoft.EntityFrameworkCore;
using Regional.Care.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Monitoring.Kpis;

namespace Regional.Care.Declarations;

/// <summary>
/// Feeds contract management: after each declaration, the share of the contract's declarations over that
/// period that came within the region's deadline becomes the KPI "tijdig gedeclareerd". Counted over all
/// member municipalities (a contract is the region's), so it reads in the region-wide scope; it reads
/// counts only, no client data.
/// </summary>
public sealed class DeclarationTimeliness(CareDbContext db, TenantContext tenants, RegionDirectory directory, KpiService kpis)
{
    public const string KpiCode = "tijdig-gedeclareerd";

    public async Task RecordAsync(Declaration declaration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var regionId = tenants.Required.RegionId;
        var members = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).Select(m => m.MunicipalityId).ToHashSet();
        using var regionWide = tenants.Begin(new TenantScope(regionId, members));
        var period = new Period(declaration.PeriodStart, declaration.PeriodEnd);
        List<(Guid Contract, bool Late)> received;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            var contracts = await db.DeclarationLines.AsNoTracking().Where(l => l.DeclarationId == declaration.Id && l.ContractId != null)
                .Select(l => l.ContractId!.Value).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            received = (await (from l in db.DeclarationLines.AsNoTracking()
                               join d in db.Declarations.AsNoTracking() on l.DeclarationId equals d.Id
                               where l.ContractId != null && contracts.Contains(l.ContractId.Value) && d.PeriodStart == period.Start && d.PeriodEnd == period.End
                               select new { Contract = l.ContractId!.Value, d.Id, d.Late }).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false))
                .Select(r => (r.Contract, r.Late)).ToList();
        }

        foreach (var contract in received.GroupBy(r => r.Contract))
        {
            var onTime = decimal.Round(100m * contract.Count(r => !r.Late) / contract.Count(), 1);
            try
            {
                await kpis.RecordDerivedAsync(contract.Key, KpiCode, period, onTime, cancellationToken).ConfigureAwait(false);
            }
            catch (RuleViolationException)
            {
                // A period reaching beyond the contract's term has no place among its KPIs; the declaration still counts.
            }
        }
    }
}
