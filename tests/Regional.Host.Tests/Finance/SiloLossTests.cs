using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Regional.Purchasing.Facts;
using Regional.Finance.Ledger;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.TestSupport;
using Xunit.Abstractions;

namespace Regional.Host.Tests.Finance;

/// <summary>
/// Two silos on one database: this test's host and a second host process. The second is killed (kill -9) while
/// costs stream in through the first: every call still succeeds, the grains come back on the surviving silo,
/// and the ledger holds each cause exactly once. It runs alone (<see cref="SiloLoss"/>).
/// </summary>
[Collection(SiloLoss.Name)]
public sealed class SiloLossTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const string Knh = "kop-van-noord-holland";
    private const int Callers = 4;
    private const int CallsPerCaller = 16;

    [Fact]
    public async Task Killing_one_of_two_silos_while_costs_stream_in_loses_and_doubles_nothing()
    {
        await using var second = new HostProcess(
            "serve", $"--ConnectionStrings:Regional={app.AppConnectionString}", $"--ConnectionStrings:RegionalOwner={app.OwnerConnectionString}",
            "--Regional:MigrateOnStart=false", "--Regional:SeedDemoData=false", "--urls", "http://127.0.0.1:0");
        await second.WaitForOutputAsync("Regional draait op");
        await WaitForActiveSilosAsync(2);
        var owners = await OwnersAsync();
        var killedAt = new TaskCompletionSource<Stopwatch>(TaskCreationOptions.RunContinuationsAsynchronously);
        var recoveries = new List<TimeSpan>();

        var callers = Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var outcomes = new List<CostOutcome>();
            for (var call = 0; call < CallsPerCaller; call++)
            {
                if (caller == 0 && call == CallsPerCaller / 4)
                {
                    await BothSilosHoldBudgetAccountsAsync();
                    second.Kill();
                    killedAt.SetResult(Stopwatch.StartNew());
                }

                var recorded = await RecordAsync(owners.Select(o => o with { SourceKey = $"silo-loss:{caller}:{call}:{o.SourceKey}" }).ToList());
                outcomes.AddRange(recorded.Select(r => r.Outcome));
                if (killedAt.Task.IsCompleted)
                {
                    lock (recoveries)
                    {
                        recoveries.Add(killedAt.Task.Result.Elapsed);
                    }
                }
            }

            return outcomes;
        })).ToList();
        var all = (await Task.WhenAll(callers)).SelectMany(o => o).ToList();

        output.WriteLine($"first call completed {recoveries.Min().TotalSeconds:0.0} s after the kill");
        all.ShouldAllBe(o => o == CostOutcome.Posted || o == CostOutcome.AlreadyPosted);
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM finance.journal_entries WHERE idempotency_key LIKE 'cost:silo-loss:%'"))
            .ShouldBe(Callers * CallsPerCaller * owners.Count);
        (await app.ScalarAsSuperuserAsync<decimal>(
            "SELECT sum(p.amount) FROM finance.postings p JOIN finance.journal_entries j ON j.id = p.entry_id WHERE j.idempotency_key LIKE 'cost:silo-loss:%' AND p.account = 'kosten'"))
            .ShouldBe(Callers * CallsPerCaller * owners.Sum(o => o.Amount.Euros));
        using var client = app.CreateClient();
        (await client.GetAsync("/health/reconciliation")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>One cost per budget account: every member, Dagbesteding Jeugd (no pooling), in each of ten years: forty grains over two silos.</summary>
    private Task<List<CostIncurred>> OwnersAsync() => app.InRegionAsync(Knh, async services =>
    {
        var product = await services.GetRequiredService<IPurchasedCare>().ProductAsync("KNH-JGD-DB");
        var members = await services.GetRequiredService<RegionDirectory>().MembersAsync();
        return members.SelectMany(m => Enumerable.Range(2030, 10).Select(year =>
            new CostIncurred(m.MunicipalityId, product!.Id, new DateOnly(year, 3, 31), new Money(12.34m), $"{m.CbsCode}:{year}"))).ToList();
    });

    private Task<IReadOnlyList<CostRecorded>> RecordAsync(IReadOnlyList<CostIncurred> costs) =>
        app.InRegionAsync(Knh, services => services.GetRequiredService<ICostIntake>().RecordAllAsync(costs));

    private async Task BothSilosHoldBudgetAccountsAsync()
    {
        var management = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var statistics = await management.GetSimpleGrainStatistics();
        statistics.Where(s => s.GrainType.Contains("BudgetGrain", StringComparison.Ordinal) && s.ActivationCount > 0)
            .Select(s => s.SiloAddress).Distinct().Count().ShouldBe(2, "the budget accounts should be spread over both silos before one is killed");
    }

    private async Task WaitForActiveSilosAsync(int count)
    {
        // This silo's own view, not the membership table: it places new grains only on silos it already knows to be
        // active, and it learns of a new one a moment after the table says so.
        var membership = app.Services.GetRequiredService<IClusterMembershipService>();
        var waited = Stopwatch.StartNew();
        while (membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active) < count)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "the second silo did not join the cluster");
            await Task.Delay(200);
        }
    }
}

/// <summary>
/// Run after the other tests, on a quiet machine: Orleans places new grains by the silos' load, and with other test
/// classes busy it may put every budget account on the first silo, and the test needs both silos to hold some.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SiloLoss
{
    public const string Name = "silo loss";
}
