using Microsoft.Extensions.DependencyInjection;
using Regional.Finance.Owners;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Tests;

/// <summary>
/// A budget account is told of its clients' costs by the pool that posted them, after the pool's commit. An account
/// that wakes for that news (or loaded after the commit for another reason) has read those costs from the ledger
/// already, and must not count them twice: a municipality's live use must stay equal to its ledger.
/// </summary>
public sealed class BudgetAccountNewsTests(FinanceFixture app) : IClassFixture<FinanceFixture>
{
    private const string Knh = "kop-van-noord-holland";

    [Fact]
    public async Task News_of_costs_the_account_read_when_it_woke_is_not_counted_again_and_later_news_is()
    {
        var account = await DenHelderJeugd2019Async();
        var ledger = await app.ScalarAsSuperuserAsync<decimal>(
            "SELECT sum(p.amount) FROM finance.postings p JOIN kernel.municipalities m ON m.id = p.municipality_id WHERE m.cbs_code = 'GM0400' AND p.account = 'pool-kosten'");
        var june = await app.ScalarAsSuperuserAsync<string>(
            "SELECT xmin::text FROM finance.journal_entries WHERE idempotency_key = 'cost:demo:GM0400:KNH-JGD-PZ:2019-06'");
        await Management().ForceActivationCollection(TimeSpan.Zero); // the account sleeps, as after a quiet spell or on another silo

        await account.AddPooledClientsCostsAsync(6, 34_362.13m, ulong.Parse(june, System.Globalization.CultureInfo.InvariantCulture));
        (await account.AccountAsync()).ActualPerMonth.Sum().ShouldBe(ledger);

        await account.AddPooledClientsCostsAsync(7, 10m, ulong.MaxValue); // committed after the account loaded
        (await account.AccountAsync()).ActualPerMonth.Sum().ShouldBe(ledger + 10m);
    }

    private IManagementGrain Management() => app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);

    private Task<IBudgetGrain> DenHelderJeugd2019Async() => app.InRegionAsync(Knh, async services =>
    {
        var region = (await services.GetRequiredService<RegionDirectory>().RegionsAsync()).Single(r => r.Code == Knh);
        var denHelder = (await services.GetRequiredService<RegionDirectory>().MembersAsync()).Single(m => m.CbsCode == "GM0400");
        return services.GetRequiredService<IGrainFactory>().GetGrain<IBudgetGrain>(new BudgetOwner(region.Id, denHelder.MunicipalityId, SocialDomain.Jeugd, 2019).Key);
    });
}
