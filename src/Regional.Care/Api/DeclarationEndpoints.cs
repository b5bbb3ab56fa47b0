using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;
using Regional.Care.Assignments;
using Regional.Care.Declarations;
using Regional.Care.Jobs;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Care.Api;

/// <summary>A declaration as the API shows it: who, what period, the totals and where it stands; never a client.</summary>
internal sealed record DeclarationDto(
    Guid Id, Guid MunicipalityId, Guid ProviderId, SocialDomain Domain, DeclarationFormat Format, string MessageId, string Number, DateOnly PeriodStart, DateOnly PeriodEnd,
    decimal TotalDeclared, decimal TotalAccepted, int Lines, int Accepted, int Rejected, DateTimeOffset ReceivedAt, DateOnly Deadline, bool Late, DateOnly AnswerDueOn,
    DateTimeOffset? AnsweredAt, DateTimeOffset? PostedAt, bool Replayed = false)
{
    public static DeclarationDto From(Declaration d, bool replayed = false)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.MunicipalityId, d.ProviderId, d.Domain, d.Format, d.MessageId, d.Number, d.PeriodStart, d.PeriodEnd, d.TotalDeclared, d.TotalAccepted,
            d.LineCount, d.AcceptedCount, d.RejectedCount, d.ReceivedAt, d.Deadline, d.Late, d.AnswerDueOn, d.AnsweredAt, d.PostedAt, replayed);
    }
}

/// <summary>A line with its outcome: the client masked, the retourcodes with their meaning.</summary>
internal sealed record DeclarationLineDto(
    int Position, string Client, string Reference, string? PreviousReference, bool Credit, string AssignmentNumber, string Category, string ProductCode,
    DateOnly PeriodStart, DateOnly PeriodEnd, decimal Volume, string Unit, decimal? Tariff, decimal Amount, bool Accepted, IReadOnlyList<RetourCodeDto> RetourCodes)
{
    public static DeclarationLineDto From(DeclarationLine l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(l.Position, l.ClientMasked, l.Reference, l.PreviousReference, l.Credit, l.AssignmentNumber, l.Category, l.ProductCode, l.PeriodStart, l.PeriodEnd,
            l.Volume, l.Unit, l.Tariff, l.Amount, l.Accepted, l.RetourCodes.Select(c => new RetourCodeDto(c, Care.Declarations.RetourCodes.Text(c))).ToList());
    }
}

internal sealed record RetourCodeDto(string Code, string Text);

internal sealed record ImportJobDto(Guid Id, ImportKind Kind, string FileName, long SizeBytes, ImportStatus Status, string? Phase, long ProgressLines, Guid? ResultId,
    string? ResultText, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    public static ImportJobDto From(ImportJob j)
    {
        ArgumentNullException.ThrowIfNull(j);
        return new(j.Id, j.Kind, j.FileName, j.SizeBytes, j.Status, j.Phase, j.ProgressLines, j.ResultId, j.ResultText, j.CreatedAt, j.FinishedAt);
    }
}

internal sealed record DeclarationSettingsRequest(int DeadlineMonths, int AnswerWorkingDays);

/// <summary>
/// Declarations under /api/regions/{region}/care: anyone in the region reads them (for the municipalities
/// they may see); receiving them, importing toewijzingen and downloading the 325 (which names clients) take
/// the declarations policy; the region's purchaser sets the deadlines.
/// </summary>
public static class DeclarationEndpoints
{
    /// <summary>Maps this part of Care's API slice onto the host's <c>/api</c> group (its authentication, error and input filters).</summary>
    public static void MapDeclarationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var read = api.MapGroup("/regions/{region}/care").RequireAuthorization(Policies.RegionRead).WithTags("Declarations");
        var receive = api.MapGroup("/regions/{region}/care").RequireAuthorization(Policies.Declarations).WithTags("Declarations");
        var purchasing = api.MapGroup("/regions/{region}/care").RequireAuthorization(Policies.Purchasing).WithTags("Declarations");

        read.MapGet("/declarations", async (Guid? provider, Guid? municipality, DateOnly? month, DeclarationService s, CancellationToken ct) =>
            (await s.ListAsync(new DeclarationFilter(provider, municipality, month), ct)).Select(d => DeclarationDto.From(d)));
        read.MapGet("/declarations/{id:guid}", async (Guid id, DeclarationService s, CancellationToken ct) =>
            await s.FindAsync(id, ct) is { } d ? Results.Ok(DeclarationDto.From(d)) : Results.NotFound());
        read.MapGet("/declarations/{id:guid}/lines", async (Guid id, int? after, int? take, bool? rejected, DeclarationService s, CancellationToken ct) =>
            (await s.LinesAsync(id, rejected ?? false, after ?? 0, Math.Clamp(take ?? 500, 1, 5_000), cancellationToken: ct)).Select(DeclarationLineDto.From))
            .WithSummary("A declaration's lines in file order, a page at a time (after = the last position seen).");
        read.MapGet("/declarations/totals", async (TotalsBy by, Guid? provider, Guid? municipality, DateOnly? month, DeclarationService s, CancellationToken ct) =>
            await s.TotalsAsync(by, new DeclarationFilter(provider, municipality, month), ct))
            .WithSummary("Declared, accepted, rejected (per retourcode) and posted, per provider, municipality or period.");
        read.MapGet("/declarations/answers-due", async (DeclarationService s, CancellationToken ct) => (await s.AnswersDueAsync(ct)).Select(d => DeclarationDto.From(d)))
            .WithSummary("Declarations whose answer (325) has not gone out, the soonest due first.");
        read.MapGet("/declarations/{id:guid}/answer.csv", AnswerCsvAsync).WithSummary("Every line with its outcome as CSV; clients masked.");
        receive.MapGet("/declarations/{id:guid}/answer.xml", AnswerXmlAsync)
            .WithSummary("The declaratie-antwoord (JW325/WMO325): rejected lines with their retourcodes. Downloading it changes nothing.");
        api.MapGroup("/regions/{region}/care").RequireAuthorization(Policies.AnswerSending).WithTags("Declarations")
            .MapPost("/declarations/{id:guid}/answer-sent", async (Guid id, DeclarationService s, CancellationToken ct) =>
                await s.MarkAnsweredAsync(id, ct) is { } d ? Results.Ok(DeclarationDto.From(d)) : Results.NotFound())
            .WithSummary("The municipality records that the answer went out to the provider; it leaves the queue of answers due. Again: no change.");
        receive.MapPost("/declarations", ReceiveAsync).WithMetadata(new DisableRequestSizeLimitAttribute()).Accepts<Stream>("application/xml", "text/csv")
            .WithSummary("Receive a declaration (JW323, WMO323 or CSV) and answer at once; the same message again returns the same declaration (200).");
        receive.MapPost("/assignment-messages", ImportAssignmentsAsync).WithMetadata(new DisableRequestSizeLimitAttribute()).Accepts<Stream>("application/xml")
            .WithSummary("Import a toewijzing message (JW301/WMO301), all or nothing.");
        receive.MapPost("/import-jobs", EnqueueAsync).WithMetadata(new DisableRequestSizeLimitAttribute()).Accepts<Stream>("application/xml", "text/csv")
            .WithSummary("Queue a file for import in the background (kind: Declaration or Assignments); poll the job for progress and result.");
        read.MapGet("/import-jobs", async (ImportJobService s, CancellationToken ct) => (await s.RecentAsync(50, ct)).Select(ImportJobDto.From));
        read.MapGet("/import-jobs/{id:guid}", async (Guid id, ImportJobService s, CancellationToken ct) =>
            await s.FindAsync(id, ct) is { } job ? Results.Ok(ImportJobDto.From(job)) : Results.NotFound());
        read.MapGet("/declaration-settings", (DeclarationSettingsService s, CancellationToken ct) => s.GetAsync(ct));
        purchasing.MapPut("/declaration-settings", async (DeclarationSettingsRequest input, DeclarationSettingsService s, CancellationToken ct) =>
            await s.SetAsync(input.DeadlineMonths, input.AnswerWorkingDays, ct)).WithSummary("The region's deadline for declaring and the working days to answer.");
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, DeclarationImporter importer, ImportUpload upload, CancellationToken ct)
    {
        var file = await upload.ToTemporaryFileAsync(request.Body, ct);
        await using (file)
        {
            var outcome = await importer.ImportAsync(file, null, ct);
            return Results.Json(DeclarationDto.From(outcome.Declaration, outcome.Replayed),
                statusCode: outcome.Replayed ? StatusCodes.Status200OK : StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> ImportAssignmentsAsync(HttpRequest request, AssignmentImport import, ImportUpload upload, CancellationToken ct)
    {
        var file = await upload.ToTemporaryFileAsync(request.Body, ct);
        await using (file)
        {
            return Results.Json((await import.ImportAsync(file, ct)).Select(AssignmentDto.From), statusCode: StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> EnqueueAsync(HttpRequest request, ImportKind? kind, string? fileName, ImportJobService jobs, ImportUpload upload, CancellationToken ct)
    {
        var job = await jobs.EnqueueAsync(kind ?? ImportKind.Declaration, fileName ?? "upload", request.Body, upload.MaxBytes, ct);
        return Results.Accepted($"{request.Path}/{job.Id}", ImportJobDto.From(job));
    }

    private static async Task<IResult> AnswerXmlAsync(Guid id, HttpResponse response, DeclarationService declarations, DeclarationAnswers answers, CancellationToken ct)
    {
        if (await declarations.FindAsync(id, ct) is not { } declaration || !answers.HasMessageAnswer(declaration))
        {
            return Results.NotFound();
        }

        response.ContentType = "application/xml; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{answers.MessageFileName(declaration)}\"";
        await answers.WriteMessageAsync(declaration, response.Body, ct);
        return Results.Empty;
    }

    private static async Task<IResult> AnswerCsvAsync(Guid id, HttpResponse response, DeclarationService declarations, DeclarationAnswers answers, CancellationToken ct)
    {
        if (await declarations.FindAsync(id, ct) is not { } declaration)
        {
            return Results.NotFound();
        }

        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"declaratie-{declaration.Number}.csv\"";
        await answers.WriteCsvAsync(declaration, response.Body, ct);
        return Results.Empty;
    }
}
