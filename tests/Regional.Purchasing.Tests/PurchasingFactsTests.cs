using Microsoft.Extensions.DependencyInjection;
using Regional.Kernel.Values;
using Regional.Purchasing.Facts;
using Regional.Purchasing.Solidarity;
using Regional.TestSupport;

namespace Regional.Purchasing.Tests;

/// <summary>Purchasing's face as Care, Finance and Monitoring read it: the same answers as its own services, on the demo data.</summary>
public sealed class PurchasingFactsTests(PurchasingFixture app) : IClassFixture<PurchasingFixture>
{
    private const string Knh = "kop-van-noord-holland";

    [Fact]
    public async Task A_contract_reads_with_its_provider_products_and_term()
    {
        var (contract, provider, byId, products) = await app.InRegionAsync(Knh, async services =>
        {
            var purchased = services.GetRequiredService<IPurchasedCare>();
            var contract = (await purchased.ContractsAsync()).Single(c => c.Number == "KNH-J-2019-001");
            return (await purchased.ContractAsync(contract.Id), await purchased.ProviderAsync("98000001"), await purchased.ProviderAsync(contract.ProviderId),
                await purchased.ProductsAsync());
        });

        contract.ShouldNotBeNull();
        contract.ProviderId.ShouldBe(provider!.Id);
        byId.ShouldBe(provider);
        provider.Name.ShouldBe("Jeugdhulp De Kop B.V. (demo)");
        var pleegzorg = products.Single(p => p.Code == "KNH-JGD-PZ");
        var dagbesteding = products.Single(p => p.Code == "KNH-JGD-DB");
        contract.Covers(pleegzorg.Id, Period.Year(2023)).ShouldBeTrue();
        contract.Covers(pleegzorg.Id, new Period(new DateOnly(2023, 12, 1), new DateOnly(2024, 1, 31))).ShouldBeFalse();
        contract.Covers(dagbesteding.Id, Period.Year(2019)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_tariff_in_force_reads_the_same_from_the_list_as_from_the_database()
    {
        var day = new DateOnly(2019, 6, 1);
        var (asked, fromList) = await app.InRegionAsync(Knh, async services =>
        {
            var purchased = services.GetRequiredService<IPurchasedCare>();
            var product = (await purchased.ProductAsync(" knh-jgd-pz "))!;
            var contract = (await purchased.ContractsAsync()).Single(c => c.Number == "KNH-J-2019-001");
            var all = await purchased.TariffsAsync();
            return ((await purchased.TariffOnAsync(product.Id, day, null), await purchased.TariffOnAsync(product.Id, day, contract.Id)),
                (TariffInfo.InForce(all, product.Id, day, null), TariffInfo.InForce(all, product.Id, day, contract.Id)));
        });

        asked.Item1!.Amount.ShouldBe(58.40m);
        asked.Item2!.Amount.ShouldBe(61.15m);
        fromList.ShouldBe(asked);
    }

    [Fact]
    public async Task Finance_reads_the_solidarity_terms_of_the_latest_decision_for_the_products_group()
    {
        var (before, recorded, after) = await app.InRegionAsync(Knh, async services =>
        {
            var product = (await services.GetRequiredService<IPurchasedCare>().ProductAsync("KNH-JGD-BH"))!;
            var decisions = services.GetRequiredService<ISolidarityDecisions>();
            var before = await decisions.InForceAsync(product.Id, 2029);
            var recorded = await decisions.RecordAsync(new NewSolidarityDecision(product.ProductGroup, null, 2029, SolidarityArrangement.AboveThreshold,
                null, 25_000m, ThresholdBasis.PerClient, DistributionKeyKind.Inhabitants, new DateOnly(2028, 11, 1), "AB KNH 2028-11, besluit 2"));
            return (before, recorded, await decisions.InForceAsync(product.Id, 2029));
        });

        before.ShouldBeNull();
        after.ShouldBe(recorded);
        after!.Arrangement.ShouldBe(SolidarityArrangement.AboveThreshold);
        after.ThresholdAmount.ShouldBe(25_000m);
        after.ThresholdBasis.ShouldBe(ThresholdBasis.PerClient);
        after.Reference.ShouldBe("AB KNH 2028-11, besluit 2");
    }
}
