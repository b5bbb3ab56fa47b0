using Regional.Host.Exports;
using Microsoft.AspNetCore.Http.Features;
using Regional.Host.Tenancy;
using Regional.Kernel.Auditing;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Api;

/// <summary>A region's members, their domains and their access teams; the tenant comes from the route.</summary>
internal static class RegionEndpoints
{
    public static void MapRegionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/regions", ListAsync).WithSummary("The regions the signed-in user may see.");
        var region = api.MapGroup("/regions/{region}");
        region.MapGet("", DetailAsync).RequireAuthorization(Policies.RegionRead).WithSummary("A region with its members per domain.");
        region.MapPost("/memberships", AddMembershipAsync).RequireAuthorization(Policies.RegionAdministration)
            .WithSummary("Make a municipality a member for one domain from a date.");
        region.MapGet("/access-teams", AccessTeamsAsync).RequireAuthorization(Policies.RegionRead)
            .WithSummary("Access teams of the municipalities the user may see.");
        region.MapPost("/access-teams", AddAccessTeamAsync).RequireAuthorization(Policies.MunicipalityEdit)
            .WithSummary("Add an access team (toegang) for a municipality.");
        region.MapGet("/audit-log", AuditLogAsync).RequireAuthorization(Policies.AuditRead)
            .WithSummary("Changes in the region, newest first, filtered by actor, entity, entity id and Dutch calendar days; a page at a time.");
        region.MapGet("/audit-log.csv", async ([AsParameters] AuditFilter filter, AuditLog log, CancellationToken ct) =>
            Results.File(CsvExport.Write(AuditTable.Build(await log.ReadAsync(filter.Query, 0, 100_000, ct))), "text/csv; charset=utf-8", "auditlog.csv"))
            .RequireAuthorization(Policies.AuditRead).WithSummary("The filtered audit log as CSV (at most 100,000 changes).");
    }

    private static async Task<IReadOnlyList<RegionDto>> ListAsync(HttpContext http, RegionDirectory directory)
    {
        var visible = await RegionList.VisibleToAsync(http.User, directory, http.RequestAborted).ConfigureAwait(false);
        return visible.Select(r => new RegionDto(r.Code, r.Name)).ToList();
    }

    private static async Task<RegionDetailDto> DetailAsync(HttpContext http, RegionDirectory directory)
    {
        var access = http.Features.GetRequiredFeature<RegionAccess>();
        var members = await directory.MembersAsync(http.RequestAborted).ConfigureAwait(false);
        return new RegionDetailDto(access.Region.Code, access.Region.Name, members.Select(m => new MemberDto(
            m.CbsCode, m.Name, m.Memberships.Select(x => new MembershipDto(x.Domain, x.ValidFrom, x.ValidTo)).ToList())).ToList());
    }

    private static async Task<IResult> AddMembershipAsync(NewMembership input, HttpContext http, RegionDirectory directory)
    {
        var membership = await directory.AddMembershipAsync(input, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created($"{http.Request.Path}/{membership.Id}", new MembershipDto(membership.Domain, membership.ValidFrom, membership.ValidTo));
    }

    private static async Task<IReadOnlyList<AccessTeamDto>> AccessTeamsAsync(HttpContext http, RegionDirectory directory)
    {
        var teams = await directory.AccessTeamsAsync(cancellationToken: http.RequestAborted).ConfigureAwait(false);
        var members = (await directory.MembersAsync(http.RequestAborted).ConfigureAwait(false)).ToDictionary(m => m.MunicipalityId, m => m.CbsCode);
        return teams.Select(t => ToDto(t, members[t.MunicipalityId])).ToList();
    }

    private static async Task<IResult> AddAccessTeamAsync(NewAccessTeam input, HttpContext http, RegionDirectory directory)
    {
        var team = await directory.AddAccessTeamAsync(input, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created($"{http.Request.Path}/{team.Id}", ToDto(team, input.CbsCode.ToUpperInvariant()));
    }

    private static async Task<IReadOnlyList<AuditEntryDto>> AuditLogAsync([AsParameters] AuditFilter filter, AuditLog log, CancellationToken ct, int skip = 0, int take = 100)
    {
        var entries = await log.ReadAsync(filter.Query, skip, Math.Min(take, 1_000), ct).ConfigureAwait(false);
        return entries.Select(ToDto).ToList();
    }

    private static AccessTeamDto ToDto(AccessTeam team, string cbsCode) => new(team.Id, cbsCode, team.Domain, team.Name, team.Email, team.Phone);

    private static AuditEntryDto ToDto(AuditEntry e) => new(e.OccurredAt, e.ActorName, e.Action, e.Entity, e.EntityId, e.Changes);
}
