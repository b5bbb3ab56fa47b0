using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Monitoring.Persistence;
using Regional.Purchasing.Facts;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Reports;

/// <summary>A report not yet received, with its contract: a line of the work queue.</summary>
internal sealed record OpenReport(ContractReport Report, string ContractNumber, ReportStatus Status);

/// <summary>
/// Management reports and production statements: the schedule per contract and year from the provider's
/// expected turnover, receipt of the file with its prognosis, review, and the queue of what is due or late.
/// </summary>
internal sealed class ReportService(MonitoringDbContext db, IPurchasedCare purchased, ICurrentActor actor, TimeProvider clock)
{
    public const int MaxFileBytes = 10 * 1024 * 1024;

    public const string FileLimit = "een rapportage is ten hoogste 10 MB";

    /// <summary>Report files people send: PDF, Word, Excel or CSV.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".csv"] = "text/csv",
    };

    public DateOnly Today => clock.Today();

    /// <summary>Reports as lists show them: everything but the file itself, which is read only to download it.</summary>
    private IQueryable<ContractReport> WithoutFiles => db.Reports.AsNoTracking().Select(r => new ContractReport
    {
        Id = r.Id, RegionId = r.RegionId, ContractId = r.ContractId, Kind = r.Kind, PeriodStart = r.PeriodStart, PeriodEnd = r.PeriodEnd, DueOn = r.DueOn,
        NeedsAuditorsReport = r.NeedsAuditorsReport, FileName = r.FileName, Realised = r.Realised, Prognosis = r.Prognosis, ReceivedAt = r.ReceivedAt, ReceivedBy = r.ReceivedBy,
        ReviewedAt = r.ReviewedAt, ReviewedBy = r.ReviewedBy,
    });

    public async Task<ReportingThresholds> ThresholdsAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var own = await db.ReportingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return own is null ? ReportingThresholds.Default : new ReportingThresholds(own.HalfYearlyBelow, own.AuditorAbove);
    }

    public async Task SetThresholdsAsync(ReportingThresholds thresholds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (thresholds.HalfYearlyBelow < 0 || thresholds.AuditorAbove < 0)
        {
            throw new RuleViolationException(nameof(thresholds.HalfYearlyBelow), "Drempelbedragen zijn nul of meer.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var own = await db.ReportingSettings.SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (own is null)
        {
            db.ReportingSettings.Add(new ReportingSettings { HalfYearlyBelow = thresholds.HalfYearlyBelow, AuditorAbove = thresholds.AuditorAbove });
        }
        else
        {
            (own.HalfYearlyBelow, own.AuditorAbove) = (thresholds.HalfYearlyBelow, thresholds.AuditorAbove);
        }

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the expected turnover for a year and brings the schedule in line: reports no longer owed are
    /// dropped unless already received, new ones are added. Planning again with the same figure changes nothing.
    /// </summary>
    public async Task PlanAsync(Guid contractId, int year, decimal expectedTurnover, CancellationToken cancellationToken = default)
    {
        if (expectedTurnover < 0)
        {
            throw new RuleViolationException(nameof(expectedTurnover), "De verwachte jaaromzet is nul of meer.");
        }

        var contract = await purchased.ContractAsync(contractId, cancellationToken).ConfigureAwait(false) ?? throw new RuleViolationException("ContractId", "Onbekend contract.");
        if (!contract.Term.Overlaps(Period.Year(year)))
        {
            throw new RuleViolationException(nameof(year), $"Het contract {contract.Number} loopt niet in {year} ({contract.Term}).");
        }

        var schedule = ReportSchedule.For(contract.Term, year, expectedTurnover, await ThresholdsAsync(cancellationToken).ConfigureAwait(false));
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var plan = await db.ReportingPlans.SingleOrDefaultAsync(p => p.ContractId == contractId && p.Year == year, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            db.ReportingPlans.Add(new ReportingPlan { ContractId = contractId, Year = year, ExpectedTurnover = expectedTurnover });
        }
        else
        {
            plan.ExpectedTurnover = expectedTurnover;
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var existing = await db.Reports.Where(r => r.ContractId == contractId && r.PeriodStart >= first && r.PeriodStart <= last).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.Reports.RemoveRange(existing.Where(r => r.ReceivedAt is null && !schedule.Any(s => Same(r, s))));
        db.Reports.AddRange(schedule.Where(s => !existing.Any(r => Same(r, s))).Select(s => new ContractReport
        {
            ContractId = contractId, Kind = s.Kind, PeriodStart = s.Period.Start, PeriodEnd = s.Period.End!.Value, DueOn = s.DueOn, NeedsAuditorsReport = s.NeedsAuditorsReport,
        }));
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ContractReport>> ForContractAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await WithoutFiles.Where(r => r.ContractId == contractId).OrderBy(r => r.DueOn).ThenBy(r => r.Kind)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What is late, or due within the coming month and not yet received: the contract manager's work queue.</summary>
    public async Task<IReadOnlyList<OpenReport>> QueueAsync(CancellationToken cancellationToken = default)
    {
        var horizon = Today.AddMonths(1);
        var all = await purchased.ContractsAsync(cancellationToken).ConfigureAwait(false);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var open = await WithoutFiles.Where(r => r.ReceivedAt == null && r.DueOn <= horizon).OrderBy(r => r.DueOn)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return open.Select(r => new OpenReport(r, all.FirstOrDefault(c => c.Id == r.ContractId)?.Number ?? "?", r.StatusOn(Today))).ToList();
    }

    public async Task SubmitAsync(Guid reportId, string fileName, byte[] content, decimal? realised, decimal? prognosis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? "");
        if (!AllowedTypes.TryGetValue(extension, out var contentType))
        {
            throw new RuleViolationException("File", $"Een rapportage is een PDF-, Word-, Excel- of CSV-bestand; '{fileName}' is dat niet.");
        }

        if (content.Length == 0 || content.Length > MaxFileBytes)
        {
            throw new RuleViolationException("File", $"Een rapportage is tussen 1 byte en {MaxFileBytes / 1024 / 1024} MB; dit bestand is {content.Length / 1024} kB.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("ReportId", "Onbekende rapportage.");
        if (report.Kind == ReportKind.Management && (prognosis is not >= 0 || realised is not >= 0))
        {
            throw new RuleViolationException(nameof(prognosis), "Een managementrapportage noemt de omzet tot nu toe en de prognose voor de rest van het jaar (bedragen van nul of meer).");
        }

        if (report.ReviewedAt is not null)
        {
            throw new RuleViolationException("ReportId", "Deze rapportage is al beoordeeld; stuur een nieuwe versie niet over een beoordeelde heen.");
        }

        (report.FileName, report.ContentType, report.Content, report.Realised, report.Prognosis) = (Path.GetFileName(fileName), contentType, content, realised, prognosis);
        (report.ReceivedAt, report.ReceivedBy) = (clock.GetUtcNow(), actor.Name);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ReviewAsync(Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("ReportId", "Onbekende rapportage.");
        if (report.ReceivedAt is null)
        {
            throw new RuleViolationException("ReportId", "Een rapportage die nog niet is ontvangen, kan niet worden beoordeeld.");
        }

        (report.ReviewedAt, report.ReviewedBy) = (clock.GetUtcNow(), actor.Name);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<(string FileName, string ContentType, byte[] Content)?> FileAsync(Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false);
        return report?.Content is { } content ? (report.FileName!, report.ContentType!, content) : null;
    }

    private static bool Same(ContractReport report, ScheduledReport scheduled) =>
        report.Kind == scheduled.Kind && report.PeriodStart == scheduled.Period.Start && report.PeriodEnd == scheduled.Period.End;
}
