using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Modules;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Demo;

/// <summary>
/// Loads the CBS municipality list and the seed regions with their members and access teams, then, inside each region,
/// the demo data of every module registered (<see cref="IDemoData"/>). The host adds the demo users; a module's tests
/// run it with only that module registered. Idempotent: it adds what is missing. Tenant rows go through the same tenant
/// scopes and audit trail as any user change.
/// </summary>
public sealed class DemoRegionSeed(KernelDbContext db, TenantContext tenants, RegionDirectory directory, IEnumerable<IDemoData> modules)
{
    /// <summary>Seeds everything; returns the seed regions and all municipalities, by code.</summary>
    public async Task<(IReadOnlyDictionary<string, Region> Regions, IReadOnlyDictionary<string, Municipality> Municipalities)> SeedAsync(
        CancellationToken cancellationToken = default)
    {
        var municipalities = await SeedMunicipalitiesAsync(cancellationToken).ConfigureAwait(false);
        var regions = new Dictionary<string, Region>();
        foreach (var demo in DemoRegions.Regions)
        {
            regions[demo.Code] = await SeedRegionAsync(demo, municipalities, cancellationToken).ConfigureAwait(false);
        }

        return (regions, municipalities);
    }

    private async Task<Dictionary<string, Municipality>> SeedMunicipalitiesAsync(CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.Municipalities.ToDictionaryAsync(m => m.CbsCode, cancellationToken).ConfigureAwait(false);
        foreach (var (code, name) in CbsMunicipalities.Read().Where(m => !existing.ContainsKey(m.CbsCode)))
        {
            existing[code] = db.Municipalities.Add(new Municipality { CbsCode = code, Name = name }).Entity;
        }

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return existing;
    }

    private async Task<Region> SeedRegionAsync(DemoRegion demo, Dictionary<string, Municipality> municipalities, CancellationToken cancellationToken)
    {
        Region region;
        await using (var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false))
        {
            region = await db.Regions.SingleOrDefaultAsync(r => r.Code == demo.Code, cancellationToken).ConfigureAwait(false)
                ?? db.Regions.Add(new Region { Code = demo.Code, Name = demo.Name }).Entity;
            await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var memberIds = demo.Members.Select(m => municipalities[m.CbsCode].Id).ToHashSet();
        using var scope = tenants.Begin(new TenantScope(region.Id, memberIds));
        var present = await directory.MembersAsync(cancellationToken).ConfigureAwait(false);
        foreach (var member in demo.Members)
        {
            foreach (var domain in member.Domains.Where(d => !present.Any(p => p.CbsCode == member.CbsCode && p.Memberships.Any(x => x.Domain == d))))
            {
                await directory.AddMembershipAsync(new NewMembership(member.CbsCode, domain, member.From, null), cancellationToken).ConfigureAwait(false);
            }
        }

        var teams = await directory.AccessTeamsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var team in demo.AccessTeams.Where(t => !teams.Any(x => x.Name == t.Name)))
        {
            await directory.AddAccessTeamAsync(team, cancellationToken).ConfigureAwait(false);
        }

        foreach (var module in modules.OrderBy(m => m.Order))
        {
            await module.SeedAsync(demo.Code, cancellationToken).ConfigureAwait(false);
        }

        return region;
    }
}
