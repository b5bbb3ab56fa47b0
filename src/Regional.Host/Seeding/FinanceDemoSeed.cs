using Regional.Finance.Budgets;
using Regional.Finance.Keys;
using Regional.Finance.Ledger;
using Regional.Finance.Pools;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Purchasing.Catalogue;

namespace Regional.Host.Seeding;

/// <summary>
/// Finance demo data for the Kop van Noord-Holland: a year of monthly pleegzorg costs per member, which
/// the 2019 decision pools (Verblijf Jeugd, shared by inhabitants), and the pool's key from the
/// indicative population figures of shared/data (marked as such in the UI). Idempotent through the
/// cost intake's source keys.
/// </summary>
public sealed class FinanceDemoSeed(ICostIntake costs, PoolService pools, ProductCatalogue products, RegionDirectory directory, BudgetService budgets)
{
    /// <summary>Indicative inhabitants (CBS via a public data set, about 1 January 2019/2020; not the official reference date).</summary>
    private static readonly Dictionary<string, (decimal Inhabitants, decimal Pleegzorg2019)> Members = new()
    {
        ["GM0400"] = (56_388, 412_345.60m), // Den Helder
        ["GM0448"] = (13_643, 88_120.00m), // Texel
        ["GM0441"] = (46_459, 301_777.40m), // Schagen
        ["GM1911"] = (48_637, 266_010.20m), // Hollands Kroon
    };

    /// <summary>Demo budgets 2019: Texel budgets the social domain as one (ontschotting), the others per domain.</summary>
    private static readonly (string CbsCode, SocialDomain? Domain, decimal Amount)[] Budgets2019 =
    [
        ("GM0400", SocialDomain.Jeugd, 1_200_000m), ("GM0400", SocialDomain.Wmo, 2_100_000m),
        ("GM0448", null, 650_000m),
        ("GM0441", SocialDomain.Jeugd, 900_000m),
        ("GM1911", SocialDomain.Jeugd, 800_000m),
    ];

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var pleegzorg = (await products.ListAsync(cancellationToken).ConfigureAwait(false)).Single(p => p.Code == "KNH-JGD-PZ");
        var members = await directory.MembersAsync(cancellationToken).ConfigureAwait(false);
        foreach (var member in members.Where(m => Members.ContainsKey(m.CbsCode)))
        {
            var months = new Money(Members[member.CbsCode].Pleegzorg2019).Allocate(Enumerable.Repeat(1m, 12).ToList());
            for (var month = 1; month <= 12; month++)
            {
                await costs.RecordAsync(new CostIncurred(
                    member.MunicipalityId, pleegzorg.Id, new DateOnly(2019, month, DateTime.DaysInMonth(2019, month)), months[month - 1],
                    $"demo:{member.CbsCode}:KNH-JGD-PZ:2019-{month:00}"), cancellationToken).ConfigureAwait(false);
            }
        }

        if ((await budgets.UseAsync(2019, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            foreach (var (cbs, domain, amount) in Budgets2019)
            {
                await budgets.CreateAsync(new NewBudget(cbs, 2019, domain, amount, "Primaire begroting 2019"), cancellationToken).ConfigureAwait(false);
            }
        }

        var pool = (await pools.ListAsync(cancellationToken).ConfigureAwait(false)).Single(p => p.ProductGroup == "Verblijf Jeugd" && p.Year == 2019);
        if ((await pools.FindAsync(pool.Id, cancellationToken).ConfigureAwait(false))!.Components.Count == 0)
        {
            await pools.SetKeyAsync(pool.Id, [new KeyComponent(KeyBasis.Inhabitants, 1m)],
                members.Where(m => Members.ContainsKey(m.CbsCode)).Select(m => new KeyInput(m.MunicipalityId, KeyBasis.Inhabitants, Members[m.CbsCode].Inhabitants)).ToList(),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
