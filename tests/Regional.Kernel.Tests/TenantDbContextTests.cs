using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Tests;

/// <summary>The application half of tenancy: query filters, stamping of new rows, audit of every change.</summary>
public sealed class TenantDbContextTests(KernelFixture services) : IClassFixture<KernelFixture>
{
    [Fact]
    public async Task Background_work_sees_a_region_only_inside_an_explicit_tenant_scope()
    {
        var (scope, directory, rigg) = await services.DirectoryForAsync("rigg");
        await using var _ = scope;

        (await directory.MembersAsync()).ShouldBeEmpty();
        using (services.Tenants.Begin(TenantScope.RegionOnly(rigg)))
        {
            (await directory.MembersAsync()).Count.ShouldBe(10);
        }

        (await directory.MembersAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_new_row_is_stamped_with_the_current_region_and_audited_with_its_actor()
    {
        var (scope, directory, knh) = await services.DirectoryForAsync("kop-van-noord-holland");
        await using var _ = scope;
        using var tenant = services.Tenants.Begin(TenantScope.RegionOnly(knh));

        var membership = await directory.AddMembershipAsync(new NewMembership("GM1911", SocialDomain.Participatie, new DateOnly(2020, 1, 1), null));

        membership.RegionId.ShouldBe(knh);
        var log = new Regional.Kernel.Auditing.AuditLog(scope.ServiceProvider.GetRequiredService<KernelDbContext>());
        var entry = (await log.ReadAsync(new(EntityId: membership.Id.ToString()), 0, 10)).Single();
        entry.Action.ShouldBe("Added");
        entry.ActorName.ShouldBe("systeem");
        entry.Changes.ShouldContain("\"Domain\": \"Participatie\"");
    }

    [Fact]
    public async Task A_row_for_another_region_is_refused_before_it_reaches_the_database()
    {
        await using var scope = services.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        var regions = await scope.ServiceProvider.GetRequiredService<RegionDirectory>().RegionsAsync();
        using var tenant = services.Tenants.Begin(TenantScope.RegionOnly(regions[0].Id));

        db.Memberships.Add(new RegionMembership
        {
            RegionId = regions[1].Id,
            MunicipalityId = Guid.NewGuid(),
            Domain = SocialDomain.Wmo,
            ValidFrom = new DateOnly(2020, 1, 1),
        });

        await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_municipality_user_cannot_add_rows_for_another_municipality()
    {
        var (scope, directory, rigg) = await services.DirectoryForAsync("rigg");
        await using var _ = scope;
        var groningen = (await directory.MunicipalityAsync("GM0014"))!;
        using var tenant = services.Tenants.Begin(new TenantScope(rigg, new HashSet<Guid> { groningen.Id }));

        await Should.ThrowAsync<TenantMismatchException>(() =>
            directory.AddAccessTeamAsync(new NewAccessTeam("GM0047", SocialDomain.Jeugd, "Team Veendam-Oost", null, null)));
    }

    [Fact]
    public async Task A_query_outside_a_unit_of_work_fails_loudly_instead_of_returning_nothing()
    {
        await using var scope = services.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => db.Memberships.CountAsync());

        error.Message.ShouldContain("inside a unit of work");
    }

    [Fact]
    public async Task A_tenant_scope_flows_across_awaits_and_is_restored_when_disposed()
    {
        var tenants = new TenantContext();
        var outer = TenantScope.RegionOnly(Guid.NewGuid());
        var inner = TenantScope.RegionOnly(Guid.NewGuid());

        using (tenants.Begin(outer))
        {
            using (tenants.Begin(inner))
            {
                await Task.Yield();
                tenants.Current.ShouldBe(inner);
            }

            tenants.Current.ShouldBe(outer);
        }

        tenants.Current.ShouldBeNull();
    }
}
