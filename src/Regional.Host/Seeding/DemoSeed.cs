using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Identity;
using Regional.Kernel.Modules;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Seeding;

/// <summary>
/// Loads the CBS municipality list and the demo regions and users, then each module's demo data (<see cref="IDemoData"/>)
/// per region. Idempotent: it adds what is missing and resets the demo users' passwords, so every start can print working ones.
/// Tenant rows go through the same tenant scopes and audit trail as any user change.
/// </summary>
public sealed class DemoSeed(
    KernelDbContext db, TenantContext tenants, RegionDirectory directory, IPasswordHasher<User> hasher, IEnumerable<IDemoData> modules)
{
    public async Task<IReadOnlyList<DemoAccount>> RunAsync(Func<string, string> passwordFor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(passwordFor);
        var municipalities = await SeedMunicipalitiesAsync(cancellationToken).ConfigureAwait(false);
        var regions = new Dictionary<string, Region>();
        foreach (var demo in DemoData.Regions)
        {
            regions[demo.Code] = await SeedRegionAsync(demo, municipalities, cancellationToken).ConfigureAwait(false);
        }

        var accounts = new List<DemoAccount>();
        foreach (var demo in DemoData.Users())
        {
            var password = passwordFor(demo.UserName);
            await SeedUserAsync(demo, regions, municipalities, password, cancellationToken).ConfigureAwait(false);
            accounts.Add(new DemoAccount(demo.UserName, demo.DisplayName, demo.RegionCode, password));
        }

        return accounts;
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

    private async Task SeedUserAsync(
        DemoUser demo, Dictionary<string, Region> regions, Dictionary<string, Municipality> municipalities, string password, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.UserName == demo.UserName, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            user = new User { UserName = demo.UserName, DisplayName = demo.DisplayName, PasswordHash = "" };
            user.Roles.Add(new RoleAssignment
            {
                Role = demo.Role,
                RegionId = demo.RegionCode is null ? null : regions[demo.RegionCode].Id,
                MunicipalityId = demo.CbsCode is null ? null : municipalities[demo.CbsCode].Id,
            });
            db.Users.Add(user);
        }

        user.PasswordHash = hasher.HashPassword(user, password);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
