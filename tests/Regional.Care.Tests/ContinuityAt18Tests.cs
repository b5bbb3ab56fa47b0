using Regional.Care.Assignments;
using Regional.Care.Continuity;
using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Facts;

namespace Regional.Care.Tests;

/// <summary>The doorgaande zorglijn from what the Jeugd module leaves and what the Wmo module takes up.</summary>
public sealed class ContinuityAt18Tests
{
    private static readonly ProductInfo Begeleiding = Product("JGD-BG", SocialDomain.Jeugd, "45");
    private static readonly ProductInfo WmoBegeleiding = Product("WMO-BG", SocialDomain.Wmo, "02");
    private static readonly ContinuityMap Map = new([new NeedAt18("45", ContinuityNeed.Support)], [new TakeUpAt18(ContinuityNeed.Support, SocialDomain.Wmo, "02")]);
    private static readonly Dictionary<Guid, ProductInfo> Products = new() { [Begeleiding.Id] = Begeleiding, [WmoBegeleiding.Id] = WmoBegeleiding };

    [Fact]
    public void A_Jeugd_assignment_running_past_the_18th_birthday_lists_its_need_as_not_yet_arranged()
    {
        var listed = ContinuityAt18.Evaluate([Assignment("a", Begeleiding, "2001-06-15", "2019-12-31")], Products, Map).Single();

        listed.TurnsEighteen.ShouldBe(new DateOnly(2019, 6, 15));
        listed.FollowUps.Single().Need.ShouldBe(ContinuityNeed.Support);
        listed.FollowUps.Single().Options.Single().Category.ShouldBe("02");
        listed.FollowUps.Single().Arranged.ShouldBeFalse();
    }

    [Fact]
    public void A_Wmo_assignment_for_the_same_client_after_the_birthday_arranges_it()
    {
        var listed = ContinuityAt18.Evaluate(
            [Assignment("a", Begeleiding, "2001-06-15", "2019-12-31"), Assignment("a", WmoBegeleiding, null, "2020-12-31")], Products, Map).Single();

        listed.FollowUps.Single().Arranged.ShouldBeTrue();
    }

    [Fact]
    public void Youth_care_ending_before_the_18th_birthday_or_another_clients_Wmo_care_does_not_count()
    {
        var evaluated = ContinuityAt18.Evaluate(
            [Assignment("young", Begeleiding, "2005-01-01", "2019-12-31"), Assignment("a", Begeleiding, "2001-06-15", "2019-12-31"), Assignment("b", WmoBegeleiding, null, "2020-12-31")],
            Products, Map);

        evaluated.Single().Jeugd.ClientHash.ShouldBe("a");
        evaluated.Single().FollowUps.Single().Arranged.ShouldBeFalse();
    }

    private static ProductInfo Product(string code, SocialDomain domain, string category) =>
        new(Guid.NewGuid(), code, code, domain, category, "Begeleiding", Unit.Uur, NationalCode: null);

    private static Assignment Assignment(string client, ProductInfo product, string? born, string ends) => new()
    {
        MunicipalityId = Guid.Empty, Reference = client + product.Code, ClientHash = client, ClientCipher = "", ClientMasked = "******000",
        ClientBirthDate = born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture),
        ProductId = product.Id, ProviderId = Guid.Empty, ContractId = Guid.Empty, StartsOn = new DateOnly(2019, 1, 1),
        EndsOn = DateOnly.Parse(ends, System.Globalization.CultureInfo.InvariantCulture), Volume = 1, Unit = Unit.Uur, Frequency = Frequency.PerWeek, Tariff = 0, Commitment = 0,
    };
}
