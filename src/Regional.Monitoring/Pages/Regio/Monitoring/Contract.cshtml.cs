using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Monitoring.Exports;
using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Monitoring.Kpis;
using Regional.Monitoring.Reports;
using Regional.Purchasing.Facts;
using Regional.Web;
using Regional.Kernel.Exports;
using Microsoft.AspNetCore.Http;

namespace Regional.Monitoring.Pages.Regio.Monitoring;

/// <summary>
/// A contract's monitoring: its KPIs per period against their norms (charts, with the numbers as a table
/// and CSV), and its reports; the purchaser sets norms, records and uploads values, plans and receives reports.
/// </summary>
internal sealed class ContractModel(IPurchasedCare purchased, KpiService kpis, ReportService reports, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Purchasing)
{
    [FromRoute]
    public Guid Id { get; set; }

    public ContractInfo Contract { get; private set; } = null!;

    public string Provider { get; private set; } = "";

    public IReadOnlyList<KpiSeries> Kpis { get; private set; } = [];

    public Table KpiTable { get; private set; } = null!;

    public IReadOnlyList<(string Name, string Svg)> Charts { get; private set; } = [];

    public IReadOnlyList<ContractReport> Reports { get; private set; } = [];

    public DateOnly Today => reports.Today;

    public Task<IActionResult> OnPostTargetAsync(string kpi, string? target) =>
        ChangeAsync(ct => kpis.SetTargetAsync(Id, kpi, Amounts.Parse("Target", target), ct));

    public Task<IActionResult> OnPostValueAsync(string kpi, DateOnly? from, DateOnly? to, string? value) =>
        ChangeAsync(ct => kpis.RecordAsync(Id, kpi, Dates(from, to), Amounts.Parse("Value", value), ct));

    public Task<IActionResult> OnPostValuesFileAsync(IFormFile? file) =>
        ChangeAsync(async ct => await kpis.ImportValuesAsync(Id, await ReadAsync(file, ct).ConfigureAwait(false), ct).ConfigureAwait(false));

    public Task<IActionResult> OnPostEndingsFileAsync(DateOnly? from, DateOnly? to, IFormFile? file) =>
        ChangeAsync(async ct => await kpis.ImportEndingsAsync(Id, Dates(from, to), await ReadAsync(file, ct).ConfigureAwait(false), ct).ConfigureAwait(false));

    public Task<IActionResult> OnPostPlanAsync(int year, string? expectedTurnover) =>
        ChangeAsync(ct => reports.PlanAsync(Id, year, Amounts.Parse("ExpectedTurnover", expectedTurnover), ct));

    public Task<IActionResult> OnPostReportAsync(Guid reportId, IFormFile? file, string? realised, string? prognosis) =>
        ChangeAsync(async ct =>
        {
            var content = file is null ? [] : await FormFiles.ReadAsync(file, ReportService.MaxFileBytes, ReportService.FileLimit, ct).ConfigureAwait(false);
            await reports.SubmitAsync(reportId, file?.FileName ?? "", content, Amounts.ParseOptional("realised", realised), Amounts.ParseOptional("prognosis", prognosis), ct).ConfigureAwait(false);
        });

    public Task<IActionResult> OnPostReviewAsync(Guid reportId) => ChangeAsync(ct => reports.ReviewAsync(reportId, ct));

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await purchased.ContractAsync(Id, ct).ConfigureAwait(false) is not { } contract)
        {
            return false;
        }

        Contract = contract;
        Provider = (await purchased.ProviderAsync(contract.ProviderId, ct).ConfigureAwait(false))?.Name ?? "";
        Kpis = await kpis.ForContractAsync(Id, ct).ConfigureAwait(false);
        KpiTable = MonitoringTables.Kpis(contract.Number, Kpis);
        Charts = Kpis.Where(s => s.Measurements.Count > 0).Select(s => (s.Definition.Name, BarChart.Svg(
            $"{s.Definition.Name} per periode{(s.Target is { } t ? $" tegen de norm {t:0.##}" : "")} ({s.Definition.Unit})",
            s.Target is null ? ["Waarde"] : ["Waarde", "Norm"],
            s.Measurements.Select(m => (MonitoringTables.PeriodName(m.PeriodStart, m.PeriodEnd),
                (IReadOnlyList<decimal>)(s.Target is { } norm ? [m.Value, norm] : [m.Value]))).ToList(),
            v => v.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))))).ToList();
        Reports = await reports.ForContractAsync(Id, ct).ConfigureAwait(false);
        return true;
    }

    private static Period Dates(DateOnly? from, DateOnly? to) =>
        from is { } start && to is { } end && end >= start
            ? new Period(start, end)
            : throw new RuleViolationException("Period", "Geef een periode: een begin- en einddatum, het einde niet vóór het begin.");

    private static Task<byte[]> ReadAsync(IFormFile? file, CancellationToken ct) =>
        file is null
            ? throw new RuleViolationException("File", "Kies een CSV-bestand.")
            : FormFiles.ReadAsync(file, KpiCsv.MaxFileBytes, KpiCsv.FileLimit, ct);
}
