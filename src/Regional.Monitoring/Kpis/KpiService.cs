using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Csv;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Monitoring.Persistence;
using Regional.Purchasing.Facts;

namespace Regional.Monitoring.Kpis;

/// <summary>A KPI of a contract: its target and its values per period, oldest first.</summary>
internal sealed record KpiSeries(KpiDefinition Definition, decimal? Target, IReadOnlyList<KpiMeasurement> Measurements);

/// <summary>
/// KPIs per contract: targets, values entered or uploaded per period, and values derived from the
/// trajectories that ended. A value outside its KPI's range, or for a period outside the contract, is
/// refused; an upload is taken whole or not at all, and uploading the same file again changes nothing.
/// </summary>
internal sealed class KpiService(MonitoringDbContext db, IPurchasedCare purchased, ICurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<KpiSeries>> ForContractAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var targets = await db.KpiTargets.AsNoTracking().Where(t => t.ContractId == contractId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var values = await db.KpiMeasurements.AsNoTracking().Where(m => m.ContractId == contractId).OrderBy(m => m.PeriodStart)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return KpiDefinition.All.Select(d => new KpiSeries(d, targets.FirstOrDefault(t => t.KpiCode == d.Code)?.Target, values.Where(v => v.KpiCode == d.Code).ToList())).ToList();
    }

    public async Task SetTargetAsync(Guid contractId, string kpiCode, decimal target, CancellationToken cancellationToken = default)
    {
        var definition = KpiDefinition.Find(kpiCode);
        KpiRules.WithinRange(definition, target);
        await ContractAsync(contractId, cancellationToken).ConfigureAwait(false);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.KpiTargets.SingleOrDefaultAsync(t => t.ContractId == contractId && t.KpiCode == kpiCode, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            db.KpiTargets.Add(new KpiTarget { ContractId = contractId, KpiCode = kpiCode, Target = target });
        }
        else
        {
            existing.Target = target;
        }

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task RecordAsync(Guid contractId, string kpiCode, Period period, decimal value, CancellationToken cancellationToken = default) =>
        SaveAsync(contractId, [(kpiCode, period, value)], KpiSource.Entered, cancellationToken);

    /// <summary>
    /// A value Regional derives (e.g. timeliness from received declarations), replacing the period's earlier one. It is
    /// worked out once the contract's turn is taken, inside the same transaction, so it counts all that was committed before.
    /// </summary>
    internal async Task RecordDerivedAsync(Guid contractId, string kpiCode, Period period, Func<CancellationToken, Task<decimal>> value, CancellationToken cancellationToken)
    {
        KpiRules.PeriodWithinContract(await ContractAsync(contractId, cancellationToken).ConfigureAwait(false), period);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        await TakeTurnAsync(contractId, cancellationToken).ConfigureAwait(false);
        var derived = await value(cancellationToken).ConfigureAwait(false);
        KpiRules.WithinRange(KpiDefinition.Find(kpiCode), derived);
        await UpsertAsync(contractId, [(kpiCode, period, derived)], KpiSource.Derived, cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A provider's KPI file (<see cref="KpiCsv.ValueColumns"/>); returns how many values it held.</summary>
    public async Task<int> ImportValuesAsync(Guid contractId, byte[] file, CancellationToken cancellationToken = default)
    {
        var rows = KpiCsv.Values(DutchCsv.Decode(file, latin1: false));
        var values = rows.Select(r => (r.Kpi, Line(r.Line, () => new Period(r.From, r.To)), r.Value)).ToList();
        await SaveAsync(contractId, values, KpiSource.Uploaded, cancellationToken).ConfigureAwait(false);
        return values.Count;
    }

    /// <summary>
    /// A provider's file of ended trajectories (<see cref="KpiCsv.EndingColumns"/>), from which the KPIs of
    /// the period are derived and recorded. The same file again adds nothing (one ending per client and day).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, decimal>> ImportEndingsAsync(Guid contractId, Period period, byte[] file, CancellationToken cancellationToken = default)
    {
        var rows = KpiCsv.Endings(DutchCsv.Decode(file, latin1: false));
        var contract = await ContractAsync(contractId, cancellationToken).ConfigureAwait(false);
        KpiRules.PeriodWithinContract(contract, period);
        foreach (var row in rows.Where(r => r.End < r.Start || !period.Contains(r.End)))
        {
            throw new RuleViolationException("File", $"Regel {row.Line}: het traject eindigt op {row.End:dd-MM-yyyy}, niet in de periode {period} (of vóór de start).");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        await TakeTurnAsync(contractId, cancellationToken).ConfigureAwait(false);
        var known = await db.TrajectoryEndings.Where(e => e.ContractId == contractId && e.EndedOn >= period.Start && e.EndedOn <= period.End!.Value)
            .Select(e => new { e.ClientRef, e.EndedOn }).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.TrajectoryEndings.AddRange(rows.Where(r => !known.Any(k => k.ClientRef == r.Client && k.EndedOn == r.End)).DistinctBy(r => (r.Client, r.End))
            .Select(r => new TrajectoryEnding
            {
                ContractId = contractId, ClientRef = r.Client, StartedOn = r.Start, EndedOn = r.End, EndingReason = r.Reason,
                Continuation = r.Continuation, ZrmAtStart = r.ZrmStart, ZrmAtEnd = r.ZrmEnd,
            }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var endings = await db.TrajectoryEndings.AsNoTracking().Where(e => e.ContractId == contractId && e.EndedOn >= period.Start && e.EndedOn <= period.End!.Value)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var derived = DerivedKpis.From(endings);
        await UpsertAsync(contractId, derived.Select(d => (d.Key, period, d.Value)).ToList(), KpiSource.Derived, cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return derived;
    }

    private async Task SaveAsync(Guid contractId, IReadOnlyList<(string Kpi, Period Period, decimal Value)> values, KpiSource source, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(contractId, cancellationToken).ConfigureAwait(false);
        foreach (var (kpi, period, value) in values)
        {
            KpiRules.WithinRange(KpiDefinition.Find(kpi), value);
            KpiRules.PeriodWithinContract(contract, period);
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        await UpsertAsync(contractId, values, source, cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One value per contract, KPI and period: a new one replaces the old (the audit log keeps both); two writers at
    /// once (two members' declarations) each replace rather than both add.
    /// </summary>
    private async Task UpsertAsync(Guid contractId, IReadOnlyList<(string Kpi, Period Period, decimal Value)> values, KpiSource source, CancellationToken cancellationToken)
    {
        await TakeTurnAsync(contractId, cancellationToken).ConfigureAwait(false);
        var codes = values.Select(v => v.Kpi).Distinct().ToList();
        var existing = await db.KpiMeasurements.Where(m => m.ContractId == contractId && codes.Contains(m.KpiCode)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (kpi, period, value) in values)
        {
            var old = existing.FirstOrDefault(m => m.KpiCode == kpi && m.PeriodStart == period.Start && m.PeriodEnd == period.End!.Value);
            if (old?.Value == value)
            {
                continue;
            }

            if (old is not null)
            {
                db.KpiMeasurements.Remove(old);
            }

            db.KpiMeasurements.Add(new KpiMeasurement
            {
                ContractId = contractId, KpiCode = kpi, PeriodStart = period.Start, PeriodEnd = period.End!.Value, Value = value, Source = source,
                RecordedAt = clock.GetUtcNow(), RecordedBy = actor.Name,
            });
        }
    }

    /// <summary>Writers of one contract's KPI values take turns (until the transaction ends), across requests and replicas.</summary>
    private Task TakeTurnAsync(Guid contractId, CancellationToken cancellationToken) => db.Database.LockAsync($"monitoring.kpis:{contractId}", cancellationToken);

    private async Task<ContractInfo> ContractAsync(Guid contractId, CancellationToken cancellationToken) =>
        await purchased.ContractAsync(contractId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("ContractId", "Onbekend contract.");

    private static T Line<T>(int line, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            throw new RuleViolationException("File", $"Regel {line}: {e.Message}");
        }
    }
}
