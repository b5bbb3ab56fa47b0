using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Tests;

/// <summary>One test per named rule of memberships and access teams; broken rules change nothing.</summary>
public sealed class MembershipRulesTests(KernelFixture services) : IClassFixture<KernelFixture>
{
    [Fact]
    public void EndsOnOrAfterStart_refuses_a_membership_that_ends_before_it_starts()
    {
        var membership = new RegionMembership
        {
            MunicipalityId = Guid.NewGuid(), Domain = SocialDomain.Wmo, ValidFrom = new DateOnly(2020, 1, 1), ValidTo = new DateOnly(2019, 12, 31),
        };

        Should.Throw<RuleViolationException>(() => MembershipRules.EndsOnOrAfterStart(membership)).Field.ShouldBe("ValidTo");
    }

    [Fact]
    public async Task DoesNotOverlap_refuses_a_second_membership_for_the_same_domain_and_days_and_saves_nothing()
    {
        var (scope, directory, rigg) = await services.DirectoryForAsync("rigg");
        await using var _ = scope;
        using var tenant = services.Tenants.Begin(TenantScope.RegionOnly(rigg));
        var before = (await directory.MembersAsync()).Sum(m => m.Memberships.Count);

        var error = await Should.ThrowAsync<RuleViolationException>(() =>
            directory.AddMembershipAsync(new NewMembership("GM0014", SocialDomain.Jeugd, new DateOnly(2024, 1, 1), null)));

        error.Message.ShouldContain("al lid");
        (await directory.MembersAsync()).Sum(m => m.Memberships.Count).ShouldBe(before);
    }

    [Fact]
    public async Task A_municipality_may_join_for_another_domain_while_buying_the_first_on_its_own()
    {
        var (scope, directory, rigg) = await services.DirectoryForAsync("rigg");
        await using var _ = scope;
        using var tenant = services.Tenants.Begin(TenantScope.RegionOnly(rigg));

        await directory.AddMembershipAsync(new NewMembership("gm0014", SocialDomain.Wmo, new DateOnly(2025, 1, 1), new DateOnly(2028, 12, 31)));

        var groningen = (await directory.MembersAsync()).Single(m => m.CbsCode == "GM0014");
        groningen.IsMemberFor(SocialDomain.Wmo, new DateOnly(2026, 6, 1)).ShouldBeTrue();
        groningen.IsMemberFor(SocialDomain.Wmo, new DateOnly(2029, 1, 1)).ShouldBeFalse();
        groningen.IsMemberFor(SocialDomain.Participatie, new DateOnly(2026, 6, 1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("GM14", "geen CBS-gemeentecode")]
    [InlineData("GM9999", "Er is geen gemeente")]
    public async Task An_unknown_or_malformed_CBS_code_is_named_in_the_error(string code, string message)
    {
        var (scope, directory, rigg) = await services.DirectoryForAsync("rigg");
        await using var _ = scope;
        using var tenant = services.Tenants.Begin(TenantScope.RegionOnly(rigg));

        var error = await Should.ThrowAsync<RuleViolationException>(() =>
            directory.AddMembershipAsync(new NewMembership(code, SocialDomain.Wmo, new DateOnly(2025, 1, 1), null)));

        error.Field.ShouldBe("CbsCode");
        error.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("", null, "Name")]
    [InlineData("Wijkteam", "geen-adres", "Email")]
    public void HasNameAndValidContact_names_the_field_that_is_wrong(string name, string? email, string field)
    {
        Should.Throw<RuleViolationException>(() => AccessTeamRules.HasNameAndValidContact(
            new NewAccessTeam("GM0014", SocialDomain.Jeugd, name, email, null))).Field.ShouldBe(field);
    }
}
