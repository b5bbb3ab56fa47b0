using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Regional.Care.Assignments;
using Regional.Care.Continuity;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;

namespace Regional.Care.Api;

internal sealed record AssignmentRequest(
    string MunicipalityCbsCode, string Reference, string Bsn, DateOnly? ClientBirthDate, string ProductCode, string ProviderAgbCode,
    DateOnly? StartsOn, DateOnly? EndsOn, decimal Volume, Frequency Frequency);

/// <summary>An assignment as the API shows it: the client masked, never the BSN or its hash.</summary>
internal sealed record AssignmentDto(
    Guid Id, string Reference, Guid MunicipalityId, string Client, DateOnly? ClientBirthDate, Guid ProductId, Guid ProviderId, Guid ContractId,
    DateOnly StartsOn, DateOnly EndsOn, decimal Volume, string Unit, Frequency Frequency, decimal Tariff, decimal Commitment)
{
    public static AssignmentDto From(Assignment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Reference, a.MunicipalityId, a.ClientMasked, a.ClientBirthDate, a.ProductId, a.ProviderId, a.ContractId,
            a.StartsOn, a.EndsOn, a.Volume, a.Unit.ToString(), a.Frequency, a.Tariff, a.Commitment);
    }
}

/// <summary>
/// Care under /api/regions/{region}/care: everyone in the region reads assignments of the municipalities
/// they may see (clients masked); a municipality (or the region's purchaser) records them and may see a BSN in full.
/// </summary>
public static class CareEndpoints
{
    /// <summary>Maps this part of Care's API slice onto the host's <c>/api</c> group (its authentication, error and input filters).</summary>
    public static void MapCareEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var read = api.MapGroup("/regions/{region}/care").RequireAuthorization(Policies.RegionRead).WithTags("Care");
        var write = api.MapGroup("/regions/{region}/care").RequireAuthorization(Policies.MunicipalityEdit).WithTags("Care");

        read.MapGet("/assignments", async (AssignmentService s, CancellationToken ct) => (await s.ListAsync(ct)).Select(AssignmentDto.From));
        read.MapGet("/continuity-at-18", async (ContinuityService s, CancellationToken ct) => (await s.ListAsync(ct)).Select(c => new
        {
            assignmentId = c.Jeugd.Id, c.Jeugd.Reference, c.Jeugd.MunicipalityId, client = c.Jeugd.ClientMasked, c.TurnsEighteen, product = c.Product.Code,
            followUps = c.FollowUps.Select(f => new { f.Need, options = f.Options.Select(o => new { o.Domain, o.Category }), f.Arranged }),
        })).WithSummary("Young clients whose Jeugd assignment runs past their 18th birthday, what should follow and whether it is arranged.");
        write.MapPost("/assignments", CreateAsync).WithSummary("Record an assignment (toewijzing); the BSN must pass the eleven-test and is stored protected.");
        write.MapGet("/assignments/{id:guid}/bsn", async (Guid id, AssignmentService s, CancellationToken ct) =>
            await s.RevealAsync(id, ct) is { } bsn ? Results.Ok(new { bsn = bsn.Digits }) : Results.NotFound())
            .WithSummary("The client's BSN in full, for the municipality itself; never logged.");
    }

    private static async Task<IResult> CreateAsync(
        AssignmentRequest input, AssignmentService assignments, RegionDirectory directory, IPurchasedCare purchased, CancellationToken ct)
    {
        var member = (await directory.MembersAsync(ct)).FirstOrDefault(m => string.Equals(m.CbsCode, input.MunicipalityCbsCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new RuleViolationException(nameof(input.MunicipalityCbsCode), $"{input.MunicipalityCbsCode} is geen lid van deze regio.");
        var provider = await purchased.ProviderAsync(input.ProviderAgbCode, ct)
            ?? throw new RuleViolationException(nameof(input.ProviderAgbCode), $"Geen aanbieder met AGB-code {input.ProviderAgbCode} in deze regio.");
        var created = await assignments.CreateAsync(new NewAssignment(member.MunicipalityId, input.Reference, input.Bsn, input.ClientBirthDate, input.ProductCode,
            provider.Id, input.StartsOn, input.EndsOn, input.Volume, input.Frequency), ct);
        return Results.Json(AssignmentDto.From(created), statusCode: StatusCodes.Status201Created);
    }
}
