using Regional.Finance.Budgets;
using Regional.Finance.Keys;
using Regional.Finance.Ledger;
using Regional.Finance.Pools;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Purchasing.Facts;
using Regional.Kernel.Modules;

namespace Regional.Finance.Demo;

/// <summary>A region's finance demo: a year of monthly costs of one pooled product per member, the pool's key, and budgets.</summary>
internal sealed record DemoFinance(string ProductCode, string ProductGroup, int Year, KeyBasis Basis, DemoPoolMember[] Members, DemoBudget[] Budgets);

/// <param name="KeyValue">The member's figure on the key's basis (inhabitants, clients).</param>
/// <param name="YearCosts">Its clients' costs of the pooled product in the year, booked in twelve equal months.</param>
internal sealed record DemoPoolMember(string CbsCode, decimal KeyValue, decimal YearCosts);

/// <param name="Domain">Null: one budget for the whole social domain (ontschotting).</param>
internal sealed record DemoBudget(string CbsCode, SocialDomain? Domain, decimal Amount);

/// <summary>
/// Finance demo data per seed region, through the same services as users: monthly costs per member of a product the
/// region pools that year, the pool's key and the members' budgets. Key figures are indicative (marked as such in the
/// UI): inhabitants from the public data set in shared/data, client counts invented for the demo. Idempotent through
/// the cost intake's source keys and by checking what is there.
/// </summary>
internal sealed class FinanceDemoSeed(ICostIntake costs, PoolService pools, IPurchasedCare purchased, RegionDirectory directory, BudgetService budgets) : IDemoData
{
    private static readonly Dictionary<string, DemoFinance> PerRegion = new()
    {
        // The 2019 decision pools Verblijf Jeugd, shared by inhabitants (about 1 January 2019/2020). Texel budgets the social domain as one.
        ["kop-van-noord-holland"] = new("KNH-JGD-PZ", "Verblijf Jeugd", 2019, KeyBasis.Inhabitants,
        [
            new("GM0400", 56_388, 412_345.60m), new("GM0448", 13_643, 88_120.00m), new("GM0441", 46_459, 301_777.40m), new("GM1911", 48_637, 266_010.20m),
        ],
        [
            new("GM0400", SocialDomain.Jeugd, 1_200_000m), new("GM0400", SocialDomain.Wmo, 2_100_000m), new("GM0448", null, 650_000m),
            new("GM0441", SocialDomain.Jeugd, 900_000m), new("GM1911", SocialDomain.Jeugd, 800_000m),
        ]),

        // From 2018 RIGG pools only heavy care (Verblijf Jeugd), by clients averaged over three years.
        ["rigg"] = new("RIGG-PZ", "Verblijf Jeugd", 2018, KeyBasis.ClientsThreeYearAverage,
        [
            new("GM0014", 412, 6_842_310.40m), new("GM1952", 118, 1_903_447.20m), new("GM1895", 64, 1_050_221.60m), new("GM0765", 21, 322_118.00m),
            new("GM0037", 57, 940_330.80m), new("GM0047", 44, 701_245.20m), new("GM1950", 39, 610_982.40m),
        ],
        [
            new("GM0014", SocialDomain.Jeugd, 61_800_000m), new("GM1952", SocialDomain.Jeugd, 18_400_000m), new("GM0047", SocialDomain.Jeugd, 7_900_000m),
        ]),
    };

    public int Order => 30;

    public async Task SeedAsync(string regionCode, CancellationToken cancellationToken)
    {
        var demo = PerRegion[regionCode];
        var product = (await purchased.ProductAsync(demo.ProductCode, cancellationToken).ConfigureAwait(false))!;
        var members = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(m => m.CbsCode);
        foreach (var member in demo.Members)
        {
            var months = new Money(member.YearCosts).Allocate(Enumerable.Repeat(1m, 12).ToList());
            for (var month = 1; month <= 12; month++)
            {
                await costs.RecordAsync(new CostIncurred(
                    members[member.CbsCode].MunicipalityId, product.Id, new DateOnly(demo.Year, month, DateTime.DaysInMonth(demo.Year, month)), months[month - 1],
                    $"demo:{member.CbsCode}:{demo.ProductCode}:{demo.Year}-{month:00}"), cancellationToken).ConfigureAwait(false);
            }
        }

        if ((await budgets.UseAsync(demo.Year, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            foreach (var budget in demo.Budgets)
            {
                await budgets.CreateAsync(new NewBudget(budget.CbsCode, demo.Year, budget.Domain, budget.Amount, $"Primaire begroting {demo.Year}"), cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        var pool = (await pools.ListAsync(cancellationToken).ConfigureAwait(false)).Single(p => p.ProductGroup == demo.ProductGroup && p.Year == demo.Year);
        if ((await pools.FindAsync(pool.Id, cancellationToken).ConfigureAwait(false))!.Components.Count == 0)
        {
            await pools.SetKeyAsync(pool.Id, [new KeyComponent(demo.Basis, 1m)],
                demo.Members.Select(m => new KeyInput(members[m.CbsCode].MunicipalityId, demo.Basis, m.KeyValue)).ToList(), cancellationToken).ConfigureAwait(false);
        }
    }
}
