using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regional.Purchasing.Facts;
using Regional.Finance.Ledger;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Purchasing.Solidarity;
using Regional.Care.Demo;
using Regional.TestSupport;
using static Regional.Host.Tests.Care.KnhCare;

namespace Regional.Host.Tests.Care;

/// <summary>
/// The import verb as an operator runs it, in its own process, killed halfway through a large declaration:
/// killed while checking, nothing is stored and the same file imports completely afterwards; killed while
/// posting (held up at its pool by another writer), the running host's sweep completes the posting, every line exactly once.
/// </summary>
public sealed class ImportKillTests(SweepingAppFixture app) : IClassFixture<SweepingAppFixture>
{
    private const int Lines = 60_000;

    [Fact]
    public async Task An_import_killed_while_checking_leaves_nothing_behind_and_the_file_imports_again()
    {
        using var file = await LargeDeclarationAsync("KILL1", "90001");

        await ImportKilledAtAsync(file.Path, "gecontroleerd");
        var afterKill = await StoredAsync("KILL1");
        await using var again = Import(file.Path);

        afterKill.ShouldBe("0/0/0");
        (await again.ExitAsync()).ShouldBe(0, again.Output);
        again.Output.ShouldContain($"{Lines:N0} goedgekeurd".Replace(",", ".", StringComparison.Ordinal));
        (await StoredAsync("KILL1")).ShouldBe($"1/{Lines}/{Lines}");
    }

    [Fact]
    public async Task The_import_verb_names_a_missing_file_and_one_over_the_size_limit_and_goes_on()
    {
        var small = Path.Combine(Path.GetTempPath(), $"JW323_KLEIN_{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(small, "<x/>");
        var missing = Path.Combine(Path.GetTempPath(), "JW323_BESTAAT_NIET.xml");
        try
        {
            await using var import = new HostProcess(
                "import", "--region", "kop-van-noord-holland", $"--ConnectionStrings:Regional={app.AppConnectionString}",
                $"--ConnectionStrings:RegionalOwner={app.OwnerConnectionString}", "--Regional:MigrateOnStart=false", "--Regional:Imports:MaxFileMegabytes=0",
                missing, small);

            (await import.ExitAsync()).ShouldBe(1, import.Output);
            import.Output.ShouldContain("JW323_BESTAAT_NIET.xml: geweigerd: het bestand");
            import.Output.ShouldContain($"{Path.GetFileName(small)}: geweigerd: Het bestand is groter dan 0 MB");
            import.Output.ShouldContain("0 van 2 bestand(en) verwerkt.");
            import.Output.ShouldNotContain("   at ");
        }
        finally
        {
            File.Delete(small);
        }
    }

    [Fact]
    public async Task An_import_killed_while_posting_is_completed_by_the_hosts_sweep_posting_every_line_once()
    {
        using var file = await LargeDeclarationAsync("KILL2", "90002");
        await PoolBegeleidingIn2023Async();
        await using var holder = new NpgsqlConnection(app.SuperuserConnectionString);
        await using var poolLock = await LockPoolAsync(holder); // the posting waits at the pool's balance, so the kill lands inside it

        await using (var import = Import(file.Path))
        {
            var waited = Stopwatch.StartNew();
            while (await StoredAsync("KILL2") != $"1/{Lines}/0" && waited.Elapsed < TimeSpan.FromMinutes(1))
            {
                await Task.Delay(200);
            }

            await Task.Delay(1_000);
            import.Kill();
        }

        var afterKill = (await StoredAsync("KILL2")).Split('/').Select(long.Parse).ToArray();
        await poolLock.RollbackAsync();
        var sweep = Stopwatch.StartNew();
        while (await StoredAsync("KILL2") != $"1/{Lines}/{Lines}" && sweep.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(500);
        }

        afterKill.ShouldBe([1L, Lines, 0L]); // stored whole, nothing posted
        (await StoredAsync("KILL2")).ShouldBe($"1/{Lines}/{Lines}");
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM care.declarations WHERE message_id = 'KILL2' AND posted_at IS NOT NULL")).ShouldBe(1);
    }

    /// <summary>Begeleiding Jeugd shared in full in 2023, with its pool's row in place (a first cost makes it).</summary>
    private Task<CostOutcome> PoolBegeleidingIn2023Async() => app.InRegionAsync("kop-van-noord-holland", async services =>
    {
        await services.GetRequiredService<ISolidarityDecisions>().RecordAsync(new NewSolidarityDecision(
            "Begeleiding", null, 2023, SolidarityArrangement.Full, null, null, null, DistributionKeyKind.Inhabitants, new DateOnly(2022, 11, 1), "test"));
        var product = (await services.GetRequiredService<IPurchasedCare>().ProductAsync("KNH-JGD-BG"))!;
        var denHelder = (await services.GetRequiredService<RegionDirectory>().MembersAsync()).Single(m => m.CbsCode == "GM0400");
        return await services.GetRequiredService<ICostIntake>().RecordAsync(new CostIncurred(denHelder.MunicipalityId, product.Id, new DateOnly(2023, 3, 31), new Money(1m), "kill2:pool"));
    });

    /// <summary>Holds the 2023 Begeleiding pool's row, as a long transaction of another writer would.</summary>
    private static async Task<NpgsqlTransaction> LockPoolAsync(NpgsqlConnection connection)
    {
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM finance.pools WHERE product_group = 'Begeleiding' AND year = 2023 FOR UPDATE", connection, transaction);
        (await command.ExecuteScalarAsync()).ShouldNotBeNull();
        return transaction;
    }

    private async Task ImportKilledAtAsync(string file, string output)
    {
        await using var killed = Import(file);
        await killed.WaitForOutputAsync(output);
        killed.Kill();
    }

    /// <summary>A March declaration of <see cref="Lines"/> hours on one assignment that allows them all, in a file removed afterwards.</summary>
    private async Task<TemporaryFile> LargeDeclarationAsync(string message, string assignment)
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, assignment, hoursPerWeek: 1_000_000, frequency: "TotalWithinPeriod");
        var tariff = await TariffCentsAsync(denHelder);
        var file = new TemporaryFile(Path.Combine(Path.GetTempPath(), $"regional-kill-{Guid.NewGuid():N}.xml"));
        await using var writer = new StreamWriter(file.Path, false, new UTF8Encoding(false));
        Jw323File.Write(writer, Header(message, message), Enumerable.Range(1, Lines).Select(i => March($"{message}-{i}", assignment, 1, tariff)).ToList());
        return file;
    }

    private sealed record TemporaryFile(string Path) : IDisposable
    {
        public void Dispose() => File.Delete(Path);
    }

    /// <summary>Declarations stored, accepted lines stored, and lines on the ledger (every line is one hour at the same tariff: the booked amount over the line's).</summary>
    private Task<string> StoredAsync(string message) => app.ScalarAsSuperuserAsync<string>(
        $"SELECT (SELECT count(*) FROM care.declarations WHERE message_id = '{message}') || '/' "
        + $"|| (SELECT count(*) FROM care.declaration_lines l JOIN care.declarations d ON d.id = l.declaration_id WHERE d.message_id = '{message}' AND l.accepted) || '/' "
        + "|| coalesce((SELECT sum(p.amount) / (SELECT min(amount) FROM care.declaration_lines l JOIN care.declarations d ON d.id = l.declaration_id "
        + $"WHERE d.message_id = '{message}') FROM finance.postings p JOIN finance.journal_entries e ON e.id = p.entry_id JOIN care.declarations d "
        + $"ON e.idempotency_key LIKE 'cost:declaratie:' || replace(d.id::text, '-', '') || ':%' WHERE d.message_id = '{message}' AND p.account <> 'crediteuren')::bigint, 0)");

    private HostProcess Import(string file) => new(
        "import", "--region", "kop-van-noord-holland", $"--ConnectionStrings:Regional={app.AppConnectionString}",
        $"--ConnectionStrings:RegionalOwner={app.OwnerConnectionString}", "--Regional:MigrateOnStart=false", file);
}

/// <summary>The host with a quick posting sweep, so a test need not wait five minutes for it.</summary>
public sealed class SweepingAppFixture : AppFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Regional:Imports:SweepSeconds"] = "1",
        ["Regional:Imports:UnpostedAfterSeconds"] = "2",
    };
}
