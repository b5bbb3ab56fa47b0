using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regional.Purchasing.Facts;
using Regional.Finance.Keys;
using Regional.Finance.Ledger;
using Regional.Finance.Persistence;
using Regional.Finance.Pools;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Purchasing.Solidarity;
using Regional.TestSupport;

namespace Regional.Finance.Tests;

/// <summary>Where a cost lands (own account or pool) under each arrangement, and what a batch of costs does.</summary>
public sealed class CostIntakeTests(FinanceFixture app) : IClassFixture<FinanceFixture>
{
    private const string Knh = "kop-van-noord-holland";

    [Fact]
    public async Task Above_a_threshold_per_client_only_the_part_over_it_is_pooled_counting_across_batches()
    {
        await DecideAsync("Behandeling", 2022, SolidarityArrangement.AboveThreshold, thresholdAmount: 10_000m, basis: ThresholdBasis.PerClient);
        await RecordAsync(
            Cost("BH", 2022, 6_000m, "client-a:1", "A"),
            Cost("BH", 2022, 6_000m, "client-a:2", "A"),
            Cost("BH", 2022, 3_000m, "client-b:1", "B"));
        await RecordAsync(Cost("BH", 2022, 1_000m, "client-a:3", "A"));

        (await SumAsync("Behandeling", 2022, Accounts.PooledCosts, "A")).ShouldBe(3_000m); // 12,000 - 10,000, then the next 1,000
        (await SumAsync("Behandeling", 2022, Accounts.OwnCosts, "A")).ShouldBe(10_000m);
        (await SumAsync("Behandeling", 2022, Accounts.PooledCosts, "B")).ShouldBe(0m);
        (await PoolBalanceAsync("Behandeling", 2022)).ShouldBe(3_000m);
    }

    [Fact]
    public async Task One_entry_split_per_client_pools_each_clients_part_over_the_threshold_on_its_own_running_total()
    {
        await DecideAsync("Behandeling", 2020, SolidarityArrangement.AboveThreshold, thresholdAmount: 10_000m, basis: ThresholdBasis.PerClient);
        await RecordAsync(Cost("BH", 2020, 8_000m, "split:before", "P"));

        var outcome = await RecordAsync(Split("BH", 2020, "split:declaration", ("P", 4_000m), ("Q", 4_000m), ("R", -500m)));

        outcome.ShouldBe([CostOutcome.Posted]);
        (await SumAsync("Behandeling", 2020, Accounts.PooledCosts, "P")).ShouldBe(2_000m); // 8,000 before, 4,000 now: 2,000 over
        (await SumAsync("Behandeling", 2020, Accounts.OwnCosts, "Q")).ShouldBe(4_000m);
        (await SumAsync("Behandeling", 2020, Accounts.OwnCosts, "R")).ShouldBe(-500m);
        (await app.ScalarAsSuperuserAsync<long>(
            "SELECT count(*) FROM finance.postings p JOIN finance.journal_entries j ON j.id = p.entry_id WHERE j.idempotency_key = 'cost:split:declaration'")).ShouldBe(5); // P twice, Q, R, the payable
        (await RecordAsync(Split("BH", 2020, "split:declaration", ("P", 4_000m), ("Q", 4_000m), ("R", -500m)))).ShouldBe([CostOutcome.AlreadyPosted]);
    }

    [Fact]
    public async Task A_per_client_threshold_decided_during_the_year_counts_the_clients_costs_booked_before_it()
    {
        await RecordAsync(Cost("BH", 2033, 8_000m, "late:before", "L")); // no decision yet: the municipality's own, on a posting that names no client

        await DecideAsync("Behandeling", 2033, SolidarityArrangement.AboveThreshold, thresholdAmount: 10_000m, basis: ThresholdBasis.PerClient);
        await RecordAsync(Cost("BH", 2033, 4_000m, "late:after", "L"));

        (await SumAsync("Behandeling", 2033, Accounts.PooledCosts, "L")).ShouldBe(2_000m); // 8,000 before and 4,000 now: 2,000 over
        (await SumAsync("Behandeling", 2033, Accounts.OwnCosts, null)).ShouldBe(10_000m);
    }

    [Fact]
    public async Task A_split_without_a_per_client_threshold_books_one_posting_per_account_and_each_client_still_counts_for_a_clients_key()
    {
        await DecideAsync("Behandeling", 2031, SolidarityArrangement.Partial, fraction: 0.5m);

        await RecordAsync(Split("BH", 2031, "split:summed", ("U", 300m), ("V", 200m), ("W", -50m)), Cost("BH", 2031, 80m, "split:texel", "X", member: "GM0448"));
        (await RecordAsync(Split("BH", 2031, "split:summed", ("U", 300m), ("V", 200m), ("W", -50m)))).ShouldBe([CostOutcome.AlreadyPosted]);

        (await app.ScalarAsSuperuserAsync<string>(
            "SELECT string_agg(p.account || ' ' || p.amount::text || ' ' || coalesce(p.client_ref, '-'), '; ' ORDER BY p.account) FROM finance.postings p "
            + "JOIN finance.journal_entries j ON j.id = p.entry_id WHERE j.idempotency_key = 'cost:split:summed'"))
            .ShouldBe("crediteuren -450.00 -; kosten 225.00 -; pool-kosten 225.00 -"); // each client's half, summed
        await DecideAsync("Behandeling", 2032, SolidarityArrangement.Full);
        await RecordAsync(Cost("BH", 2032, 10m, "split:next-year", "U"));
        var shares = await ClientsKeySharesAsync("Behandeling", 2032);
        shares["GM0400"].ShouldBe(3m / 4m); // Den Helder: U, V and W (a credit is care too), once though posted twice
        shares["GM0448"].ShouldBe(1m / 4m); // Texel: X
        (await CountedClientsAsync("GM0448", 2031)).ShouldBe(["X"]); // Texel's own user sees only Texel's client, in the database
    }

    /// <summary>Each member's share of the group's pool in a year under a key by clients of the year before, by CBS code.</summary>
    private async Task<Dictionary<string, decimal>> ClientsKeySharesAsync(string group, int year)
    {
        var comparison = await app.InRegionAsync(Knh, async services =>
        {
            var pools = services.GetRequiredService<PoolService>();
            var pool = (await pools.ListAsync()).Single(p => p.ProductGroup == group && p.Year == year);
            return await pools.CompareAsync(pool.Id, [new CandidateKey("Cliënten", [new KeyComponent(KeyBasis.ClientsPreviousYear, 1m)])]);
        });
        return comparison.Candidates.Single().Members.ToDictionary(m => comparison.Members.Single(x => x.MunicipalityId == m.MunicipalityId).CbsCode, m => m.Share);
    }

    /// <summary>The clients counted for a year's Behandeling, as the database shows them to one municipality's user.</summary>
    private Task<List<string>> CountedClientsAsync(string member, int year) => app.InRegionAsync(Knh, async services =>
    {
        var tenants = services.GetRequiredService<TenantContext>();
        var municipality = (await services.GetRequiredService<RegionDirectory>().MembersAsync()).Single(m => m.CbsCode == member);
        using (tenants.Begin(new TenantScope(tenants.Required.RegionId, new HashSet<Guid> { municipality.MunicipalityId })))
        {
            var db = services.GetRequiredService<FinanceDbContext>();
            await using var work = await db.BeginWorkAsync(CancellationToken.None);
            return await db.CostClients.Where(c => c.ProductGroup == "Behandeling" && c.Year == year).Select(c => c.ClientRef).OrderBy(c => c).ToListAsync();
        }
    });

    [Fact]
    public async Task A_split_whose_parts_do_not_add_up_or_name_a_client_twice_is_refused_and_books_nothing()
    {
        var wrongSum = WithAmount(Split("BG", 2024, "split:wrong-sum", ("S", 100m), ("T", 50m)), 160m);

        var recorded = await RecordInDetailAsync(Knh, wrongSum, Split("BG", 2024, "split:twice", ("S", 100m), ("S", 50m)));

        recorded.Select(r => r.Outcome).ShouldBe([CostOutcome.Refused, CostOutcome.Refused]);
        recorded[0].Problem!.ShouldContain("tellen niet op");
        recorded[1].Problem!.ShouldContain("elke cliënt één keer");
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM finance.journal_entries WHERE idempotency_key LIKE 'cost:split:%' AND idempotency_key <> 'cost:split:before' AND idempotency_key <> 'cost:split:declaration'")).ShouldBe(0);
    }

    [Fact]
    public async Task Above_a_threshold_per_municipality_its_clients_count_together()
    {
        await DecideAsync("Behandeling", 2025, SolidarityArrangement.AboveThreshold, thresholdAmount: 250_000m, basis: ThresholdBasis.PerMunicipality);

        await RecordAsync(Cost("BH", 2025, 200_000m, "municipality:1", "X"), Cost("BH", 2025, 100_000m, "municipality:2", "Y"));

        (await SumAsync("Behandeling", 2025, Accounts.PooledCosts, null)).ShouldBe(50_000m);
        (await SumAsync("Behandeling", 2025, Accounts.OwnCosts, null)).ShouldBe(250_000m);
    }

    [Fact]
    public async Task A_cost_under_a_per_client_threshold_without_a_client_is_refused_alone_and_its_neighbour_is_posted_once()
    {
        await DecideAsync("Behandeling", 2023, SolidarityArrangement.AboveThreshold, thresholdAmount: 5_000m, basis: ThresholdBasis.PerClient);
        var good = Cost("BH", 2023, 100m, "neighbour", "C");

        var recorded = await RecordInDetailAsync(Knh, Cost("BH", 2023, 100m, "anonymous", null), good);

        recorded.Select(r => r.Outcome).ShouldBe([CostOutcome.Refused, CostOutcome.Posted]);
        recorded[0].Field.ShouldBe("ClientRef");
        recorded[0].Problem!.ShouldContain("drempel per cliënt");
        (await RecordAsync(good)).ShouldBe([CostOutcome.AlreadyPosted]);
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM finance.journal_entries WHERE idempotency_key = 'cost:anonymous'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_cost_of_nothing_is_accepted_and_books_nothing_beside_a_cost_that_posts()
    {
        var recorded = await RecordAsync(Cost("DB", 2019, 0m, "zero:1", null), Cost("DB", 2019, 10m, "zero:2", null));

        recorded.ShouldBe([CostOutcome.NothingToBook, CostOutcome.Posted]);
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM finance.journal_entries WHERE idempotency_key = 'cost:zero:1'")).ShouldBe(0);
        (await RecordAsync(Cost("DB", 2019, 0m, "zero:1", null))).ShouldBe([CostOutcome.NothingToBook]);
    }

    [Fact]
    public async Task A_per_client_threshold_counts_the_clients_costs_in_another_municipality_posted_by_a_municipality_user()
    {
        await DecideAsync("Behandeling", 2021, SolidarityArrangement.AboveThreshold, thresholdAmount: 10_000m, basis: ThresholdBasis.PerClient);
        await RecordInDetailAsync("GM0400", Cost("BH", 2021, 6_000m, "moved:1", "moving-client", member: "GM0400"));

        // The client moved to Texel; Texel's own user posts the next cost and cannot see Den Helder's rows.
        await RecordInDetailAsync("GM0448", Cost("BH", 2021, 6_000m, "moved:2", "moving-client", member: "GM0448"));

        (await SumAsync("Behandeling", 2021, Accounts.PooledCosts, "moving-client")).ShouldBe(2_000m);
    }

    [Fact]
    public async Task Jeugd_and_Wmo_costs_of_one_product_group_land_in_a_pool_per_domain()
    {
        await DecideAsync("Begeleiding", 2020, SolidarityArrangement.Full);

        await RecordAsync(Cost("BG", 2020, 500m, "domains:jeugd", null, member: "GM1911"), Cost("BG", 2020, 300m, "domains:wmo", null, law: "WMO"));

        (await app.ScalarAsSuperuserAsync<string>(
            "SELECT string_agg(domain || '=' || pooled_cost, ', ' ORDER BY domain) FROM finance.pools WHERE product_group = 'Begeleiding' AND year = 2020"))
            .ShouldBe("Jeugd=500.00, Wmo=300.00");
    }

    [Fact]
    public async Task A_repeated_key_in_one_call_posts_once_and_a_replayed_call_posts_nothing()
    {
        var first = Cost("DB", 2019, 12.34m, "repeat:1", null);
        var second = Cost("DB", 2019, 56.78m, "repeat:2", null);

        (await RecordAsync(first, first, second)).ShouldBe([CostOutcome.Posted, CostOutcome.AlreadyPosted, CostOutcome.Posted]);
        (await RecordAsync(first, second)).ShouldBe([CostOutcome.AlreadyPosted, CostOutcome.AlreadyPosted]);
        (await app.ScalarAsSuperuserAsync<decimal>(
            "SELECT sum(p.amount) FROM finance.postings p JOIN finance.journal_entries j ON j.id = p.entry_id WHERE j.idempotency_key LIKE 'cost:repeat:%' AND p.account = 'kosten'"))
            .ShouldBe(69.12m);
    }

    [Fact]
    public async Task A_partial_pool_takes_its_fraction_rounded_to_the_cent_and_the_municipality_keeps_the_rest()
    {
        await DecideAsync("Dagbesteding", 2024, SolidarityArrangement.Partial, fraction: 0.6m);

        await RecordAsync(Cost("DB", 2024, 100.01m, "partial:1", null));

        (await SumAsync("Dagbesteding", 2024, Accounts.PooledCosts, null)).ShouldBe(60.01m); // 60.006
        (await SumAsync("Dagbesteding", 2024, Accounts.OwnCosts, null)).ShouldBe(40.00m);
    }

    [Fact]
    public async Task A_clients_key_counts_the_distinct_clients_of_the_year_before_from_the_costs()
    {
        await RecordAsync(
            Cost("BH", 2026, 100m, "clients:1", "a"),
            Cost("BH", 2026, 100m, "clients:2", "a"),
            Cost("BH", 2026, 100m, "clients:3", "b"),
            Cost("BH", 2026, 100m, "clients:4", "c", member: "GM0448"));
        await DecideAsync("Behandeling", 2027, SolidarityArrangement.Full);
        await RecordAsync(Cost("BH", 2027, 50m, "clients:5", "a"));

        var shares = await ClientsKeySharesAsync("Behandeling", 2027);
        shares["GM0400"].ShouldBe(2m / 3m); // Den Helder: clients a and b
        shares["GM0448"].ShouldBe(1m / 3m); // Texel: client c
        shares["GM0441"].ShouldBe(0m);
    }

    [Fact]
    public async Task A_cost_for_a_municipality_outside_the_region_is_refused()
    {
        var stranger = new CostIncurred(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2019, 1, 31), new Money(1m), "stranger");

        var problem = await Should.ThrowAsync<RuleViolationException>(() => app.InRegionAsync(Knh, s => s.GetRequiredService<ICostIntake>().RecordAsync(stranger)));

        problem.Field.ShouldBe("MunicipalityId");
    }

    private Task<SolidarityTerms> DecideAsync(string group, int year, SolidarityArrangement arrangement, decimal? fraction = null, decimal? thresholdAmount = null, ThresholdBasis? basis = null) =>
        app.InRegionAsync(Knh, services => services.GetRequiredService<ISolidarityDecisions>().RecordAsync(new NewSolidarityDecision(
            group, null, year, arrangement, fraction, thresholdAmount, basis, DistributionKeyKind.Inhabitants, new DateOnly(year - 1, 11, 1), "test")));

    private async Task<IReadOnlyList<CostOutcome>> RecordAsync(params Func<IServiceProvider, Task<CostIncurred>>[] costs) =>
        [.. (await RecordInDetailAsync(Knh, costs)).Select(r => r.Outcome)];

    /// <summary>Records as the whole region (<paramref name="scope"/> is the region's code) or as one municipality's user (its CBS code).</summary>
    private Task<IReadOnlyList<CostRecorded>> RecordInDetailAsync(string scope, params Func<IServiceProvider, Task<CostIncurred>>[] costs) =>
        app.InRegionAsync(Knh, async services =>
        {
            var resolved = new List<CostIncurred>();
            foreach (var cost in costs)
            {
                resolved.Add(await cost(services));
            }

            var tenants = services.GetRequiredService<TenantContext>();
            var member = (await services.GetRequiredService<RegionDirectory>().MembersAsync()).SingleOrDefault(m => m.CbsCode == scope);
            using (member is null ? null : tenants.Begin(new TenantScope(tenants.Required.RegionId, new HashSet<Guid> { member.MunicipalityId })))
            {
                return await services.GetRequiredService<ICostIntake>().RecordAllAsync(resolved);
            }
        });


    /// <summary>A cost of Den Helder (or another member) for the Jeugd (or Wmo) product with this code suffix, on the last day of June.</summary>
    private static Func<IServiceProvider, Task<CostIncurred>> Cost(
        string product, int year, decimal amount, string key, string? client, string member = "GM0400", string law = "JGD") => async services =>
    {
        var found = await services.GetRequiredService<IPurchasedCare>().ProductAsync($"KNH-{law}-{product}");
        var municipality = (await services.GetRequiredService<RegionDirectory>().MembersAsync()).Single(m => m.CbsCode == member);
        return new CostIncurred(municipality.MunicipalityId, found!.Id, new DateOnly(year, 6, 30), new Money(amount), key, client);
    };

    /// <summary>One cost of Den Helder split over clients, as a declaration books a product.</summary>
    private static Func<IServiceProvider, Task<CostIncurred>> Split(string product, int year, string key, params (string Client, decimal Amount)[] parts) => async services =>
        (await Cost(product, year, parts.Sum(p => p.Amount), key, null)(services)) with { Clients = parts.Select(p => new ClientAmount(p.Client, new Money(p.Amount))).ToList() };

    private static Func<IServiceProvider, Task<CostIncurred>> WithAmount(Func<IServiceProvider, Task<CostIncurred>> cost, decimal amount) =>
        async services => (await cost(services)) with { Amount = new Money(amount) };

    private Task<decimal> SumAsync(string group, int year, string account, string? client) => app.ScalarAsSuperuserAsync<decimal>(
        $"""
        SELECT coalesce(sum(p.amount), 0) FROM finance.postings p JOIN finance.journal_entries j ON j.id = p.entry_id
        WHERE p.product_group = '{group}' AND extract(year FROM j.occurred_on) = {year} AND p.account = '{account}'
          AND ({(client is null ? "true" : $"p.client_ref = '{client}'")})
        """);

    private Task<decimal> PoolBalanceAsync(string group, int year) =>
        app.ScalarAsSuperuserAsync<decimal>($"SELECT pooled_cost FROM finance.pools WHERE product_group = '{group}' AND year = {year}");
}
