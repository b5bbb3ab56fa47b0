using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Regional.Kernel.Exports;
using Regional.Kernel.Security;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Exports;
using Regional.Purchasing.Procedures;
using Regional.Purchasing.Providers;
using Regional.Purchasing.Registers;
using Regional.Purchasing.Solidarity;
using Regional.Purchasing.Tariffs;

namespace Regional.Purchasing.Api;

internal sealed record AdmissionStatusRequest(AdmissionStatus Status);

internal sealed record ApplicationRequest(Guid ProviderId, DateOnly AppliedOn);

internal sealed record DecisionRequest(IReadOnlyList<AssessmentInput> Assessments, bool Admit, string? Note);

internal sealed record IndexationRequest(decimal Percentage, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>Joint purchasing under /api/regions/{region}/purchasing: everyone in the region reads, the purchaser changes.</summary>
public static class PurchasingEndpoints
{
    /// <summary>Maps Purchasing's slice of the API onto the host's <c>/api</c> group (its authentication, error and input filters).</summary>
    public static void MapPurchasingEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var read = api.MapGroup("/regions/{region}/purchasing").RequireAuthorization(Policies.RegionRead).WithTags("Purchasing");
        var write = api.MapGroup("/regions/{region}/purchasing").RequireAuthorization(Policies.Purchasing).WithTags("Purchasing");

        read.MapGet("/products", (ProductCatalogue c, CancellationToken ct) => c.ListAsync(ct));
        write.MapPost("/products", async (NewProduct input, ProductCatalogue c, CancellationToken ct) => Created(await c.AddAsync(input, ct)));
        read.MapGet("/providers", (ProviderRegister r, CancellationToken ct) => r.ListAsync(ct));
        write.MapPost("/providers", async (NewProvider input, ProviderRegister r, CancellationToken ct) => Created(await r.AddAsync(input, ct)));

        read.MapGet("/procedures", (ProcedureService p, CancellationToken ct) => p.ListAsync(ct));
        read.MapGet("/procedures/{id:guid}", async (Guid id, ProcedureService p, CancellationToken ct) =>
            await p.FindAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound());
        write.MapPost("/procedures", async (NewProcedure input, ProcedureService p, CancellationToken ct) => Created(await p.CreateAsync(input, ct)));
        write.MapPost("/procedures/{id:guid}/requirements", async (Guid id, NewRequirement input, ProcedureService p, CancellationToken ct) =>
            Created(await p.AddRequirementAsync(id, input, ct)));
        write.MapPost("/procedures/{id:guid}/status", async (Guid id, AdmissionStatusRequest input, ProcedureService p, CancellationToken ct) =>
        {
            await p.SetAdmissionStatusAsync(id, input.Status, ct);
            return Results.NoContent();
        });
        read.MapGet("/procedures/{id:guid}/admissions", (Guid id, ProcedureService p, CancellationToken ct) => p.AdmissionsAsync(id, ct));
        write.MapPost("/procedures/{id:guid}/admissions", async (Guid id, ApplicationRequest input, ProcedureService p, CancellationToken ct) =>
            Created(await p.ApplyAsync(id, input.ProviderId, input.AppliedOn, ct)));
        write.MapPost("/admissions/{id:guid}/decision", async (Guid id, DecisionRequest input, ProcedureService p, CancellationToken ct) =>
            Results.Ok(await p.DecideAsync(id, input.Assessments, input.Admit, input.Note, ct)));

        read.MapGet("/contracts", (PurchasingRegisters r, CancellationToken ct) => r.ContractsAsync(ct));
        read.MapGet("/contracts/{id:guid}", async (Guid id, ContractService c, TariffService t, CancellationToken ct) =>
            await c.FindAsync(id, ct) is { } found ? Results.Ok(new { contract = found, tariffGaps = await t.GapsAsync(id, ct) }) : Results.NotFound());
        write.MapPost("/contracts", async (NewContract input, ContractService c, CancellationToken ct) => Created(await c.CreateAsync(input, ct)));
        write.MapPost("/contracts/{id:guid}/extensions", async (Guid id, NewExtension input, ContractService c, CancellationToken ct) =>
            Created(await c.ExtendAsync(id, input, ct)));

        read.MapGet("/tariffs", (PurchasingRegisters r, CancellationToken ct) => r.TariffsAsync(ct));
        read.MapGet("/tariffs/on", TariffOnAsync).WithSummary("The tariff in force for a product on a day (the contract's exception first).");
        write.MapPost("/tariffs", async (NewTariff input, TariffService t, CancellationToken ct) => Created(await t.AddAsync(input, ct)));
        write.MapPost("/tariffs/{id:guid}/indexation", async (Guid id, IndexationRequest input, TariffService t, CancellationToken ct) =>
            Created(await t.IndexAsync(id, input.Percentage, input.ValidFrom, input.ValidTo, ct)));

        read.MapGet("/solidarity-decisions", (SolidarityService s, CancellationToken ct) => s.ListAsync(ct));
        write.MapPost("/solidarity-decisions", async (NewSolidarityDecision input, SolidarityService s, CancellationToken ct) =>
            Created(await s.RecordAsync(input, ct)));

        read.MapGet("/exports/{register}.{format}", ExportAsync).WithSummary("Contract register or tariff list as csv or xlsx.");
    }

    private static async Task<IResult> TariffOnAsync(string productCode, DateOnly date, Guid? contractId, ProductCatalogue catalogue, TariffService tariffs, CancellationToken ct)
    {
        var product = await catalogue.FindByCodeAsync(productCode, ct)
            ?? throw new RuleViolationException(nameof(productCode), $"Onbekende productcode '{productCode}'.");
        return await tariffs.OnAsync(product.Id, date, contractId, ct) is { } tariff
            ? Results.Ok(tariff)
            : Results.Problem($"Geen tarief voor {product.Code} op {date:dd-MM-yyyy}.", statusCode: StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ExportAsync(string register, string format, PurchasingRegisters registers, CancellationToken ct)
    {
        var table = register switch
        {
            "contracten" => PurchasingTables.Contracts(await registers.ContractsAsync(ct)),
            "tarieven" => PurchasingTables.Tariffs(await registers.TariffsAsync(ct)),
            _ => null,
        };
        return (table, format) switch
        {
            (null, _) => Results.NotFound(),
            (_, "csv") => Results.File(CsvExport.Write(table), "text/csv; charset=utf-8", $"{register}.csv"),
            (_, "xlsx") => Results.File(XlsxExport.Write(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{register}.xlsx"),
            _ => Results.NotFound(),
        };
    }

    private static IResult Created<T>(T value) => Results.Json(value, statusCode: StatusCodes.Status201Created);
}
