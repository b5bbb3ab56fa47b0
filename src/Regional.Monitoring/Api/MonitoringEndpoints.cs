using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Regional.Kernel.Exports;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Uploads;
using Regional.Kernel.Values;
using Regional.Monitoring.Goals;
using Regional.Monitoring.Indicators;
using Regional.Monitoring.Kpis;
using Regional.Monitoring.Exports;
using Regional.Monitoring.Providers;
using Regional.Monitoring.Reports;
using Regional.Purchasing.Facts;

namespace Regional.Monitoring.Api;

internal sealed record GoalStatusRequest(GoalStatus Status, string? Progress);

/// <param name="MunicipalityCbsCode">The municipality's CBS code; none for an indicator of the region.</param>
internal sealed record IndicatorRequest(
    string? MunicipalityCbsCode, string Name, IndicatorUnit Unit, IndicatorNote Note, string Source, string? Ambition, string? SocietalResult, IReadOnlyList<NewIndicatorValue> Values);

internal sealed record KpiTargetRequest(decimal Target);

internal sealed record KpiValueRequest(string Kpi, DateOnly From, DateOnly To, decimal Value);

internal sealed record ReportingPlanRequest(decimal ExpectedTurnover);

internal sealed record ProviderProfileRequest(int Clients, int MunicipalitiesServed, decimal Turnover);

internal sealed record CeilingRequest(decimal Amount);

internal sealed record MeetingRequest(DateOnly HeldOn, string Notes, IReadOnlyList<NewAction> Actions);

/// <summary>
/// Monitoring under /api/regions/{region}/monitoring: everyone in the region reads (a municipality only its
/// own indicators and the region's), the purchaser (contract manager) changes; a municipality keeps its own indicators.
/// </summary>
public static class MonitoringEndpoints
{
    /// <summary>Maps Monitoring's slice of the API onto the host's <c>/api</c> group (its authentication, error and input filters).</summary>
    public static void MapMonitoringEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var read = api.MapGroup("/regions/{region}/monitoring").RequireAuthorization(Policies.RegionRead).WithTags("Monitoring");
        var write = api.MapGroup("/regions/{region}/monitoring").RequireAuthorization(Policies.Purchasing).WithTags("Monitoring");
        var municipality = api.MapGroup("/regions/{region}/monitoring").RequireAuthorization(Policies.MunicipalityEdit).WithTags("Monitoring");

        read.MapGet("/goals", (GoalService g, CancellationToken ct) => g.ListAsync(ct));
        write.MapPost("/goals", async (NewGoal input, GoalService g, CancellationToken ct) => Results.Json(await g.AddAsync(input, ct), statusCode: StatusCodes.Status201Created));
        write.MapPost("/goals/{id:guid}/status", async (Guid id, GoalStatusRequest input, GoalService g, CancellationToken ct) =>
        {
            await g.UpdateStatusAsync(id, input.Status, input.Progress, ct);
            return Results.NoContent();
        });

        read.MapGet("/indicators", (IndicatorRegister r, CancellationToken ct) => r.ListAsync(ct));
        read.MapGet("/indicators.csv", async (IndicatorRegister r, RegionDirectory d, CancellationToken ct) =>
            Results.File(CsvExport.Write(MonitoringTables.Indicators(await r.ListAsync(ct), await d.MembersAsync(ct))), "text/csv; charset=utf-8", "indicatoren.csv"));
        municipality.MapPost("/indicators", AddIndicatorAsync).WithSummary("Add an indicator of a municipality, or (purchaser only) of the region, with its values.");
        municipality.MapPost("/indicators/{id:guid}/values", async (Guid id, NewIndicatorValue input, IndicatorRegister r, CancellationToken ct) =>
        {
            await r.RecordAsync(id, input, ct);
            return Results.NoContent();
        });

        read.MapGet("/contracts/{id:guid}/kpis", (Guid id, KpiService k, CancellationToken ct) => k.ForContractAsync(id, ct));
        read.MapGet("/contracts/{id:guid}/kpis.csv", async (Guid id, KpiService k, IPurchasedCare purchased, CancellationToken ct) =>
            await purchased.ContractAsync(id, ct) is { } contract
                ? Results.File(CsvExport.Write(MonitoringTables.Kpis(contract.Number, await k.ForContractAsync(id, ct))), "text/csv; charset=utf-8", $"kpi-{contract.Number}.csv")
                : Results.NotFound());
        write.MapPut("/contracts/{id:guid}/kpis/{kpi}/target", async (Guid id, string kpi, KpiTargetRequest input, KpiService k, CancellationToken ct) =>
        {
            await k.SetTargetAsync(id, kpi, input.Target, ct);
            return Results.NoContent();
        });
        write.MapPost("/contracts/{id:guid}/kpis", async (Guid id, KpiValueRequest input, KpiService k, CancellationToken ct) =>
        {
            await k.RecordAsync(id, input.Kpi, new Period(input.From, input.To), input.Value, ct);
            return Results.NoContent();
        });
        write.MapPost("/contracts/{id:guid}/kpis.csv", async (Guid id, HttpRequest request, KpiService k, CancellationToken ct) =>
            Results.Ok(new { imported = await k.ImportValuesAsync(id, await CsvBodyAsync(request, ct), ct) }))
            .Accepts<string>("text/csv").WithSummary("Upload KPI values (kpi;van;tot;waarde); all or nothing, and the same file again changes nothing.");
        write.MapPost("/contracts/{id:guid}/trajectories.csv", async (Guid id, DateOnly from, DateOnly to, HttpRequest request, KpiService k, CancellationToken ct) =>
            Results.Ok(await k.ImportEndingsAsync(id, new Period(from, to), await CsvBodyAsync(request, ct), ct)))
            .Accepts<string>("text/csv").WithSummary("Upload the trajectories that ended in a period; returns the KPIs derived from them.");

        MapProviderEndpoints(read, write);
        read.MapGet("/contracts/{id:guid}/reports", (Guid id, ReportService r, CancellationToken ct) => r.ForContractAsync(id, ct));
        write.MapPut("/contracts/{id:guid}/reporting-plan/{year:int}", async (Guid id, int year, ReportingPlanRequest input, ReportService r, CancellationToken ct) =>
        {
            await r.PlanAsync(id, year, input.ExpectedTurnover, ct);
            return Results.Ok(await r.ForContractAsync(id, ct));
        }).WithSummary("Set the provider's expected turnover for a year; the report schedule follows from it.");
        read.MapGet("/reports/queue", (ReportService r, CancellationToken ct) => r.QueueAsync(ct)).WithSummary("Reports late or due within a month.");
        write.MapPost("/reports/{id:guid}/file", SubmitReportAsync).Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
            .WithSummary("Upload a received report (PDF, Word, Excel or CSV, at most 10 MB) with the turnover so far and the prognosis; API clients send no antiforgery token, the SameSite=Strict cookie keeps other sites out.");
        write.MapPost("/reports/{id:guid}/review", async (Guid id, ReportService r, CancellationToken ct) =>
        {
            await r.ReviewAsync(id, ct);
            return Results.NoContent();
        });
        read.MapGet("/reports/{id:guid}/file", async (Guid id, ReportService r, CancellationToken ct) =>
            await r.FileAsync(id, ct) is { } file ? Results.File(file.Content, file.ContentType, file.FileName) : Results.NotFound());
    }

    private static void MapProviderEndpoints(RouteGroupBuilder read, RouteGroupBuilder write)
    {
        read.MapGet("/providers", (int year, ProviderMonitoring m, CancellationToken ct) => m.StandingsAsync(year, ct)).WithSummary("Each provider's class, next meeting, and spending ceiling against the turnover reported so far (warning at 70%).");
        read.MapGet("/providers.csv", async (int year, ProviderMonitoring m, CancellationToken ct) =>
            Results.File(CsvExport.Write(MonitoringTables.Providers(year, await m.StandingsAsync(year, ct))), "text/csv; charset=utf-8", $"aanbieders-{year}.csv"));
        write.MapPut("/providers/{id:guid}/profile/{year:int}", async (Guid id, int year, ProviderProfileRequest input, ProviderMonitoring m, CancellationToken ct) =>
        {
            await m.SetProfileAsync(id, year, input.Clients, input.MunicipalitiesServed, input.Turnover, ct);
            return Results.NoContent();
        });
        write.MapPut("/providers/{id:guid}/ceiling/{year:int}", async (Guid id, int year, CeilingRequest input, ProviderMonitoring m, CancellationToken ct) =>
        {
            await m.SetCeilingAsync(id, year, input.Amount, ct);
            return Results.NoContent();
        });
        read.MapGet("/providers/{id:guid}/meetings", (Guid id, ProviderMonitoring m, CancellationToken ct) => m.MeetingsAsync(id, ct));
        write.MapPost("/providers/{id:guid}/meetings", async (Guid id, MeetingRequest input, ProviderMonitoring m, CancellationToken ct) =>
            Results.Json(await m.RecordMeetingAsync(id, input.HeldOn, input.Notes, input.Actions, ct), statusCode: StatusCodes.Status201Created));
        write.MapPost("/actions/{id:guid}/done", async (Guid id, ProviderMonitoring m, CancellationToken ct) =>
        {
            await m.CompleteActionAsync(id, ct);
            return Results.NoContent();
        });
    }

    private static async Task<IResult> AddIndicatorAsync(
        IndicatorRequest input, IndicatorRegister register, RegionDirectory directory, IAuthorizationService authorization, HttpContext http, CancellationToken ct)
    {
        // A regional indicator is the region's: only its purchaser adds one. RLS already keeps a municipality to its own.
        if (input.MunicipalityCbsCode is null && !(await authorization.AuthorizeAsync(http.User, http, Policies.Purchasing)).Succeeded)
        {
            return Results.Forbid();
        }

        var municipality = input.MunicipalityCbsCode is null
            ? null
            : (await directory.MembersAsync(ct)).FirstOrDefault(m => string.Equals(m.CbsCode, input.MunicipalityCbsCode, StringComparison.OrdinalIgnoreCase))
                ?? throw new RuleViolationException(nameof(input.MunicipalityCbsCode), $"{input.MunicipalityCbsCode} is geen gemeente die u in deze regio ziet.");
        var indicator = new NewIndicator(municipality?.MunicipalityId, input.Name, input.Unit, input.Note, input.Source, input.Ambition, input.SocietalResult);
        return Results.Json(await register.AddAsync(indicator, input.Values, ct), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> SubmitReportAsync(Guid id, IFormFile file, decimal? realised, decimal? prognosis, ReportService reports, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var content = await LimitedUpload.ReadAsync(stream, ReportService.MaxFileBytes, ReportService.FileLimit, ct);
        await reports.SubmitAsync(id, file.FileName, content, realised, prognosis, ct);
        return Results.NoContent();
    }

    private static async Task<byte[]> CsvBodyAsync(HttpRequest request, CancellationToken ct) =>
        request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true
            ? await LimitedUpload.ReadAsync(request.Body, KpiCsv.MaxFileBytes, KpiCsv.FileLimit, ct)
            : throw new RuleViolationException("File", "Stuur het bestand als text/csv.");
}
