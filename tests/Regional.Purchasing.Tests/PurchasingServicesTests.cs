using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Security;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Solidarity;
using Regional.Purchasing.Tariffs;
using Regional.TestSupport;

namespace Regional.Purchasing.Tests;

/// <summary>The purchasing services on a real database, with the Kop van Noord-Holland demo data, without the host.</summary>
public sealed class PurchasingServicesTests(PurchasingFixture app) : IClassFixture<PurchasingFixture>
{
    private const string Knh = "kop-van-noord-holland";

    [Fact]
    public async Task The_tariff_of_a_product_on_a_past_day_is_the_one_in_force_then()
    {
        var (on2019, on2020, on2024) = await app.InRegionAsync(Knh, async services =>
        {
            var product = (await services.GetRequiredService<ProductCatalogue>().ListAsync()).Single(p => p.Code == "KNH-JGD-BG");
            var tariffs = services.GetRequiredService<TariffService>();
            return (await tariffs.OnAsync(product.Id, new DateOnly(2019, 3, 1)), await tariffs.OnAsync(product.Id, new DateOnly(2020, 3, 1)),
                await tariffs.OnAsync(product.Id, new DateOnly(2024, 3, 1)));
        });

        on2019!.Amount.ShouldBe(57.34m); // cost price: 62,000 / 1,300 h + 2.50, +12% overhead, +2% risk
        on2020!.Amount.ShouldBe(58.69m); // indexed 2.35%: 57.34 x 1.0235 = 58.687 -> 58.69
        on2020.IndexedFromId.ShouldBe(on2019.Id);
        on2024.ShouldBeNull();
    }

    [Fact]
    public async Task A_contract_exception_overrides_the_regional_tariff_only_within_that_contract()
    {
        var (regional, exception) = await app.InRegionAsync(Knh, async services =>
        {
            var product = (await services.GetRequiredService<ProductCatalogue>().ListAsync()).Single(p => p.Code == "KNH-JGD-PZ");
            var contract = (await services.GetRequiredService<Contracts.ContractService>().ListAsync()).Single(c => c.Number == "KNH-J-2019-001");
            var tariffs = services.GetRequiredService<TariffService>();
            var day = new DateOnly(2019, 6, 1);
            return (await tariffs.OnAsync(product.Id, day), await tariffs.OnAsync(product.Id, day, contract.Id));
        });

        regional!.Amount.ShouldBe(58.40m);
        exception!.Amount.ShouldBe(61.15m);
    }

    [Fact]
    public async Task A_contract_shows_the_periods_in_which_its_products_lack_a_tariff()
    {
        var gaps = await app.InRegionAsync(Knh, async services =>
        {
            var contract = (await services.GetRequiredService<Contracts.ContractService>().ListAsync()).Single(c => c.Number == "KNH-J-2019-001");
            return await services.GetRequiredService<TariffService>().GapsAsync(contract.Id);
        });

        // Pleegzorg has a regional tariff up to 2021 only; the contract runs to the end of 2023.
        gaps.ShouldHaveSingleItem().Days.ShouldBe(new Kernel.Values.Period(new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public async Task An_overlapping_tariff_is_refused_and_nothing_is_saved()
    {
        var (error, count) = await app.InRegionAsync(Knh, async services =>
        {
            var tariffs = services.GetRequiredService<TariffService>();
            var before = (await tariffs.ListAsync()).Count;
            var error = await Should.ThrowAsync<RuleViolationException>(() =>
                tariffs.AddAsync(new NewTariff("KNH-JGD-BG", null, new DateOnly(2019, 7, 1), new DateOnly(2019, 12, 31), 60m, null)));
            return (error, (await tariffs.ListAsync()).Count - before);
        });

        error.Field.ShouldBe("ValidFrom");
        count.ShouldBe(0);
    }

    [Fact]
    public async Task A_later_solidarity_decision_for_the_same_group_and_year_supersedes_the_earlier_one()
    {
        var (before, after, history) = await app.InRegionAsync(Knh, async services =>
        {
            var product = (await services.GetRequiredService<ProductCatalogue>().ListAsync()).Single(p => p.Code == "KNH-JGD-DB");
            var solidarity = services.GetRequiredService<SolidarityService>();
            var before = await solidarity.InForceAsync(product.Id, 2019);
            await solidarity.RecordAsync(new NewSolidarityDecision("Dagbesteding", null, 2019, SolidarityArrangement.Partial, 0.6m, null, null,
                DistributionKeyKind.Inhabitants, new DateOnly(2019, 3, 1), "PHO 2019-03 herzien"));
            return (before, await solidarity.InForceAsync(product.Id, 2019), (await solidarity.ListAsync()).Count(d => d.ProductGroup == "Dagbesteding" && d.Year == 2019));
        });

        before!.Arrangement.ShouldBe(SolidarityArrangement.None);
        after!.Arrangement.ShouldBe(SolidarityArrangement.Partial);
        after.Fraction.ShouldBe(0.6m);
        after.DecidedBy.ShouldBe("systeem");
        history.ShouldBe(2);
    }

    [Theory]
    [InlineData("KNH-X", "Jeugd", "99", "CategoryCode")]
    [InlineData("KNH-JGD-BG", "Jeugd", "45", "Code")]
    public async Task A_product_with_an_unknown_category_or_a_taken_code_is_refused(string code, string domain, string category, string field)
    {
        var error = await app.InRegionAsync(Knh, services => Should.ThrowAsync<RuleViolationException>(() =>
            services.GetRequiredService<ProductCatalogue>().AddAsync(
                new NewProduct(code, "Nieuw", Enum.Parse<Kernel.Tenancy.SocialDomain>(domain), category, "Begeleiding", Unit.Uur))));

        error.Field.ShouldBe(field);
    }

    [Fact]
    public async Task The_regions_own_products_are_invisible_to_the_other_region()
    {
        var riggCodes = await app.InRegionAsync("rigg", async services =>
            (await services.GetRequiredService<ProductCatalogue>().ListAsync()).Select(p => p.Code).ToList());

        riggCodes.ShouldNotBeEmpty();
        riggCodes.ShouldAllBe(code => code.StartsWith("RIGG-", StringComparison.Ordinal));
    }
}
