using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Auditing;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;

namespace Regional.Kernel.Tenancy;

/// <summary>
/// The kernel's use cases on regions: who is a member for what, the municipalities' access teams,
/// and the audit log. All reads and writes run in one transaction each, inside the current tenant.
/// </summary>
public sealed class RegionDirectory(KernelDbContext db)
{
    public async Task<IReadOnlyList<Region>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The region by its code (lower case, as in its addresses).</summary>
    public async Task<Region?> RegionAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var lower = code.ToLowerInvariant();
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == lower, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The scope of regional work (background jobs, grains, health checks): the region with every member
    /// municipality's rows visible. Enter it with <see cref="TenantContext.Begin"/> in the caller's own flow.
    /// </summary>
    public async Task<TenantScope> WholeRegionScopeAsync(TenantContext tenants, Guid regionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        // Memberships are region-owned rows: readable once the region alone is the tenant.
        using (tenants.Begin(TenantScope.RegionOnly(regionId)))
        {
            await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
            var members = await db.Memberships.Select(m => m.MunicipalityId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            return new TenantScope(regionId, members.ToHashSet());
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in every region's whole-region scope in turn, keeping what it returns for the regions
    /// where that is not null: checks across regions (reconciliation, the outbox's backlog).
    /// </summary>
    public async Task<IReadOnlyList<T>> EachRegionAsync<T>(TenantContext tenants, Func<Region, Task<T?>> work, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);
        var found = new List<T>();
        foreach (var region in await RegionsAsync(cancellationToken).ConfigureAwait(false))
        {
            using (tenants.Begin(await WholeRegionScopeAsync(tenants, region.Id, cancellationToken).ConfigureAwait(false)))
            {
                if (await work(region).ConfigureAwait(false) is { } result)
                {
                    found.Add(result);
                }
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<MemberView>> MembersAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = memberships.Select(m => m.MunicipalityId).Distinct().ToList();
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return municipalities
            .OrderBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true))
            .Select(m => new MemberView(
                m.Id, m.CbsCode, m.Name, memberships.Where(x => x.MunicipalityId == m.Id).OrderBy(x => x.Domain).ThenBy(x => x.ValidFrom).ToList()))
            .ToList();
    }

    public async Task<RegionMembership> AddMembershipAsync(NewMembership input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var municipality = await FindMunicipalityAsync(input.CbsCode, cancellationToken).ConfigureAwait(false);
        var membership = new RegionMembership
        {
            MunicipalityId = municipality.Id,
            Domain = input.Domain,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
        };
        MembershipRules.EndsOnOrAfterStart(membership);
        var existing = await db.Memberships.Where(m => m.MunicipalityId == municipality.Id && m.Domain == input.Domain)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        MembershipRules.DoesNotOverlap(membership, existing);
        db.Memberships.Add(membership);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return membership;
    }

    public async Task<IReadOnlyList<AccessTeam>> AccessTeamsAsync(Guid? municipalityId = null, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.AccessTeams.AsNoTracking()
            .Where(t => municipalityId == null || t.MunicipalityId == municipalityId)
            .OrderBy(t => t.Domain).ThenBy(t => t.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<AccessTeam> AddAccessTeamAsync(NewAccessTeam input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        AccessTeamRules.HasNameAndValidContact(input);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var municipality = await FindMunicipalityAsync(input.CbsCode, cancellationToken).ConfigureAwait(false);
        if (!await db.Memberships.AnyAsync(m => m.MunicipalityId == municipality.Id, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(input.CbsCode), $"{municipality.Name} is geen lid van deze regio.");
        }

        var team = new AccessTeam
        {
            MunicipalityId = municipality.Id,
            Domain = input.Domain,
            Name = input.Name.Trim(),
            Email = input.Email?.Trim(),
            Phone = input.Phone?.Trim(),
        };
        if (await db.AccessTeams.AnyAsync(t => t.MunicipalityId == municipality.Id && t.Domain == team.Domain && t.Name == team.Name, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(input.Name), $"{municipality.Name} heeft al een toegangsteam '{team.Name}' voor {team.Domain}.");
        }

        db.AccessTeams.Add(team);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return team;
    }

    public async Task<IReadOnlyList<Municipality>> MunicipalitiesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Municipality?> MunicipalityAsync(string cbsCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cbsCode);
        var code = cbsCode.ToUpperInvariant();
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.CbsCode == code, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Municipality> FindMunicipalityAsync(string cbsCode, CancellationToken cancellationToken)
    {
        if (!Municipality.IsValidCbsCode(cbsCode?.ToUpperInvariant()))
        {
            throw new RuleViolationException("CbsCode", $"'{cbsCode}' is geen CBS-gemeentecode (GM gevolgd door vier cijfers, bijv. GM0014).");
        }

        var code = cbsCode!.ToUpperInvariant();
        return await db.Municipalities.SingleOrDefaultAsync(m => m.CbsCode == code, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("CbsCode", $"Er is geen gemeente met CBS-code {code}.");
    }
}
