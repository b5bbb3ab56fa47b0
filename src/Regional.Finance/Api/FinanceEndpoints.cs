using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Regional.Finance.Budgets;
using Regional.Finance.Keys;
using Regional.Finance.Ledger;
using Regional.Finance.Owners;
using Regional.Finance.Pools;
using Regional.Finance.Population;
using Regional.Finance.Settlements;
using Regional.Finance.Exports;
using Regional.Kernel.Exports;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Uploads;
using Regional.Kernel.Values;

namespace Regional.Finance.Api;

internal sealed record KeyRequest(IReadOnlyList<KeyComponent> Components, IReadOnlyList<KeyInput> Inputs);

internal sealed record AdvancesRequest(decimal PoolBudget, string Period);

internal sealed record CostRequest(string MunicipalityCbsCode, Guid ProductId, DateOnly Day, decimal Amount, string SourceKey, string? ClientRef = null);

internal sealed record YearDraftRequest(int Year);

/// <summary>A change to a budget (plus or minus, in whole cents), once per idempotency key.</summary>
internal sealed record BudgetAmendmentRequest(decimal Change, string Reason, string IdempotencyKey);

/// <summary>The share of a budget (actuals plus commitments, in percent) at which it warns.</summary>
internal sealed record BudgetSettingsRequest(decimal WarnAtPercent);

/// <summary>Finance under /api/regions/{region}/finance: everyone in the region reads, the regional finance controller changes.</summary>
public static class FinanceEndpoints
{
    /// <summary>Maps Finance's slice of the API onto the host's <c>/api</c> group (its authentication, error and input filters).</summary>
    public static void MapFinanceEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var read = api.MapGroup("/regions/{region}/finance").RequireAuthorization(Policies.RegionRead).WithTags("Finance");
        var write = api.MapGroup("/regions/{region}/finance").RequireAuthorization(Policies.Finance).WithTags("Finance");

        read.MapGet("/pools", (PoolService p, CancellationToken ct) => p.ListAsync(ct));
        read.MapGet("/pools/{id:guid}/key", async (Guid id, PoolService p, CancellationToken ct) => await p.KeyAsync(id, ct) is var key
            ? Results.Ok(new { pool = key.Pool.Name, shares = key.Shares.Select(s => new { municipality = Name(key, s.MunicipalityId), s.Share, s.Components }) })
            : Results.NotFound());
        write.MapPut("/pools/{id:guid}/key", async (Guid id, KeyRequest input, PoolService p, CancellationToken ct) =>
        {
            await p.SetKeyAsync(id, input.Components, input.Inputs, ct);
            return Results.NoContent();
        });
        read.MapGet("/pools/{id:guid}/comparison.csv", async (Guid id, PoolService p, CancellationToken ct) =>
            await p.FindAsync(id, ct) is { } pool
                ? Results.File(CsvExport.Write(KeyComparisonTable.Build(await p.CompareAsync(id, KeyComparisonTable.DefaultCandidates(pool), ct))), "text/csv; charset=utf-8", "sleutels.csv")
                : Results.NotFound()).WithSummary("What each member would bear under the usual candidate keys.");
        read.MapPost("/pools/{id:guid}/comparison", async (Guid id, IReadOnlyList<CandidateKey> candidates, PoolService p, CancellationToken ct) =>
            Results.Ok(await p.CompareAsync(id, candidates, ct))).WithSummary("What each member would bear under the given candidate keys.");
        write.MapPost("/pools/{id:guid}/advances", async (Guid id, AdvancesRequest input, PoolService p, CancellationToken ct) =>
            Results.Ok((await p.PostAdvancesAsync(id, InputMoney.From(input.PoolBudget, nameof(input.PoolBudget)), input.Period, ct)).Select(a => new { a.MunicipalityId, amount = a.Amount.Euros })))
            .WithSummary("Post advances for a period: the pool budget split over the members by the key; once per period.");
        read.MapGet("/pools/{id:guid}/settlements", (Guid id, SettlementService s, CancellationToken ct) => s.ListAsync(id, ct));
        write.MapPost("/pools/{id:guid}/settlements", async (Guid id, SettlementService s, CancellationToken ct) =>
            Results.Json(await s.DraftAsync(id, ct), statusCode: StatusCodes.Status201Created));
        write.MapPost("/settlements/drafts", async (YearDraftRequest input, SettlementService s, CancellationToken ct) =>
            Results.Ok((await s.DraftYearAsync(input.Year, ct)).Select(d => new { poolId = d.Pool.Id, pool = d.Pool.Name, settlementId = d.Settlement?.Id, d.Problem })))
            .WithSummary("Year-end: draft a settlement of every pool of the year; pools that cannot be settled come with the reason.");
        read.MapGet("/settlements/{id:guid}", async (Guid id, SettlementService s, CancellationToken ct) =>
            await s.FindAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound());
        write.MapPost("/settlements/{id:guid}/approval", async (Guid id, SettlementService s, CancellationToken ct) =>
        {
            await s.ApproveAsync(id, ct);
            return Results.NoContent();
        });
        write.MapPost("/settlements/{id:guid}/posting", async (Guid id, SettlementService s, CancellationToken ct) =>
        {
            await s.PostAsync(id, ct);
            return Results.NoContent();
        });
        read.MapGet("/settlements/{id:guid}/statement.{format}", StatementAsync).WithSummary("The settlement statement as csv, xlsx or pdf.");
        read.MapGet("/budgets", (BudgetService b, TimeProvider clock, CancellationToken ct, int? year) => b.UseAsync(year ?? clock.Today().Year, ct))
            .WithSummary("The budgets the user may see with actuals per month, committed, remaining and prognosis, live from the budget accounts.");
        var budgets = api.MapGroup("/regions/{region}/finance/budgets").RequireAuthorization(Policies.Budgets).WithTags("Finance");
        budgets.MapPost("", async (NewBudget input, BudgetService b, CancellationToken ct) => Results.Json(await b.CreateAsync(input, ct), statusCode: StatusCodes.Status201Created))
            .WithSummary("A municipality's budget for a year, per domain or one over all domains (ontschot), with its primary amount.");
        budgets.MapPost("/{id:guid}/amendments", async (Guid id, BudgetAmendmentRequest input, BudgetService b, CancellationToken ct) =>
            await b.AmendAsync(id, input.Change, input.Reason, input.IdempotencyKey, ct) ? Results.Json(new { applied = true }, statusCode: StatusCodes.Status201Created) : Results.Ok(new { applied = false }))
            .WithSummary("Amend a budget (a begrotingswijziging); once per idempotency key, a retry changes nothing.");
        budgets.MapPost("/{id:guid}/closing", async (Guid id, BudgetService b, CancellationToken ct) =>
        {
            await b.CloseAsync(id, ct);
            return Results.NoContent();
        }).WithSummary("Close a budget year after its end (the jaarafsluiting): the budget takes no more amendments.");
        read.MapGet("/budgets/{id:guid}/amendments", async (Guid id, BudgetService b, CancellationToken ct) =>
            await b.AmendmentsAsync([id], ct) is { Count: > 0 } amendments
                ? Results.Ok(amendments.Select(a => new { a.RecordedAt, a.RecordedBy, a.Amount, a.Reason, a.IdempotencyKey }))
                : Results.NotFound())
            .WithSummary("How a budget came to its amount: the primary budget and every amendment, when, by whom and why.");
        read.MapGet("/pools/shares", PoolSharesAsync)
            .WithSummary("A municipality's share of each pool of a year with its expected settlement, live from the pools' grains.");
        read.MapGet("/budget-settings", (BudgetService b, CancellationToken ct) => b.SettingsAsync(ct));
        write.MapPut("/budget-settings", async (BudgetSettingsRequest input, BudgetService b, CancellationToken ct) => await b.SetWarningAsync(input.WarnAtPercent, ct))
            .WithSummary("The share of a budget (actuals plus commitments) at which it warns.");
        read.MapGet("/population", (PopulationRegister p, CancellationToken ct) => p.ListAsync(ct));
        write.MapPost("/population", ImportPopulationAsync).Accepts<string>("text/csv")
            .WithSummary("Import a CBS population file (body text/csv; UTF-8 or ISO-8859-1) for a reference date; all or nothing.");
        write.MapPost("/costs", RecordCostAsync).WithSummary("Record a cost (normally from an accepted declaration line); idempotent per source key.");
    }

    /// <summary>Population files are small (one row per municipality); anything larger is refused unread.</summary>
    public const int MaxPopulationFileBytes = 1024 * 1024;

    public const string PopulationFileIs = "een bevolkingsbestand heeft één regel per gemeente";

    private static async Task<IResult> ImportPopulationAsync(HttpRequest request, DateOnly referenceDate, string source, PopulationRegister register, CancellationToken ct)
    {
        // text/csv is not a form content type: a browser sends it cross-site only after a CORS preflight.
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Results.Problem("Stuur het bestand als text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var file = await LimitedUpload.ReadAsync(request.Body, MaxPopulationFileBytes, PopulationFileIs, ct);
        return Results.Ok(new { imported = await register.ImportAsync(file, referenceDate, source, ct) });
    }

    private static async Task<IResult> PoolSharesAsync(
        string municipality, int? year, LiveShares shares, RegionDirectory directory, TenantContext tenants, TimeProvider clock, CancellationToken ct)
    {
        var member = (await directory.MembersAsync(ct)).FirstOrDefault(m =>
            string.Equals(m.CbsCode, municipality, StringComparison.OrdinalIgnoreCase) && tenants.Required.MunicipalityIds.Contains(m.MunicipalityId));
        return member is null
            ? TypedResults.Problem($"Gemeente {municipality} is geen lid van deze regio, of u mag haar aandeel niet zien.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(await shares.OfAsync(member.MunicipalityId, year ?? clock.Today().Year, ct));
    }

    private static async Task<IResult> RecordCostAsync(CostRequest input, ICostIntake intake, RegionDirectory directory, CancellationToken ct)
    {
        var member = (await directory.MembersAsync(ct)).FirstOrDefault(m => string.Equals(m.CbsCode, input.MunicipalityCbsCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new RuleViolationException(nameof(input.MunicipalityCbsCode), $"{input.MunicipalityCbsCode} is geen lid van deze regio.");
        var outcome = await intake.RecordAsync(new CostIncurred(member.MunicipalityId, input.ProductId, input.Day, InputMoney.From(input.Amount, nameof(input.Amount)), input.SourceKey, input.ClientRef), ct);
        return outcome == CostOutcome.Posted ? Results.Created() : Results.Ok(new { outcome });
    }

    private static async Task<IResult> StatementAsync(
        Guid id, string format, TenantContext tenants, RegionDirectory directory, SettlementService settlements, PoolService pools, TimeProvider clock, CancellationToken ct)
    {
        if (await settlements.FindAsync(id, ct) is not { } settlement)
        {
            return Results.NotFound();
        }

        var table = FinanceTables.Statement(settlement, await pools.KeyAsync(settlement.PoolId, ct));
        return format switch
        {
            "pdf" => Results.File(PdfExport.Write(table, FinanceTables.Subtitle(settlement, (await directory.RegionsAsync(ct)).Single(r => r.Id == tenants.Required.RegionId).Name, clock.Today())),
                "application/pdf", $"verrekening-{id}.pdf"),
            "csv" => Results.File(CsvExport.Write(table), "text/csv; charset=utf-8", $"verrekening-{id}.csv"),
            "xlsx" => Results.File(XlsxExport.Write(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"verrekening-{id}.xlsx"),
            _ => Results.NotFound(),
        };
    }

    private static string Name(PoolKey key, Guid municipality) => key.Members.First(m => m.MunicipalityId == municipality).Name;
}
