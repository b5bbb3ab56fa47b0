using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Regional.Host.Seeding;
using static Regional.Care.Tests.KnhCare;

namespace Regional.Care.Tests;

/// <summary>
/// Declarations received at the same moment: two of one provider to one municipality are each checked against what
/// the other stored, so together they neither exceed a toewijzing nor credit one debit twice; two members' files both
/// arrive, and the provider's timeliness KPI is written by one and replaced by the other.
/// </summary>
public sealed class ConcurrentImportTests(DeclarationAppFixture app) : IClassFixture<DeclarationAppFixture>
{
    private const int Filler = 3_000; // keeps each import's transaction open long enough for the other to start

    [Fact]
    public async Task Two_files_at_once_together_stay_within_the_toewijzing_and_credit_a_debit_once()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "91001", hoursPerWeek: 10, frequency: "TotalWithinPeriod"); // ten hours in the whole year
        await AssignAsync(denHelder, "91002", hoursPerWeek: 3, frequency: "PerWeek");
        await AssignAsync(denHelder, "91003", OtherClient, hoursPerWeek: 100_000, frequency: "TotalWithinPeriod");
        var tariff = await TariffCentsAsync(denHelder);
        var debit = March("CI-DEBIT", "91002", 4, tariff);
        (await SendAsync(denHelder, Jw323File.Text(Header("CI-M0", "CID0"), [debit]))).StatusCode.ShouldBe(HttpStatusCode.Created);

        Task<HttpResponseMessage> Send(string name)
        {
            var lines = new List<Jw323Prestatie>
            {
                March($"CI-{name}-SIX", "91001", 6, tariff),
                debit with { Reference = $"CI-{name}-CREDIT", Previous = "CI-DEBIT", Credit = true },
            };
            lines.AddRange(Enumerable.Range(1, Filler).Select(i => March($"CI-{name}-{i}", "91003", 1, tariff, OtherClient)));
            return SendAsync(denHelder, Jw323File.Text(Header($"CI-{name}", $"CID{name}"), lines));
        }

        var responses = await Task.WhenAll(Send("A"), Send("B"));

        var codes = new List<(string Reference, string Codes)>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            codes.AddRange((await denHelder.GetFromJsonAsync<JsonElement>($"{DeclarationsApi}/{id}/lines?take=2")).EnumerateArray()
                .Select(l => (l.GetProperty("reference").GetString()!, string.Join(' ', l.GetProperty("retourCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString())))));
        }

        codes.Count(c => c.Reference.EndsWith("-SIX", StringComparison.Ordinal) && c.Codes == "").ShouldBe(1, string.Join(", ", codes)); // 6 + 6 > 10
        codes.Count(c => c.Reference.EndsWith("-SIX", StringComparison.Ordinal) && c.Codes == "9322").ShouldBe(1, string.Join(", ", codes));
        codes.Count(c => c.Reference.EndsWith("-CREDIT", StringComparison.Ordinal) && c.Codes == "").ShouldBe(1, string.Join(", ", codes));
        codes.Count(c => c.Reference.EndsWith("-CREDIT", StringComparison.Ordinal) && c.Codes == "9390").ShouldBe(1, string.Join(", ", codes));
    }

    [Fact]
    public async Task Two_members_files_at_once_are_both_received_and_the_contracts_timeliness_is_recorded_once()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh"); // region-wide, so it may act for both members
        var tariff = await TariffCentsAsync(purchaser);
        foreach (var (member, reference) in new[] { ("0400", "92001"), ("0448", "92002") })
        {
            (await purchaser.PostAsJsonAsync(RegionApi + "/care/assignments", new
            {
                municipalityCbsCode = "GM" + member, reference, bsn = Client, clientBirthDate = "2010-02-14", productCode = "KNH-JGD-BG", providerAgbCode = Agb,
                startsOn = "2023-01-01", endsOn = "2023-12-31", volume = 3, frequency = "PerWeek",
            })).EnsureSuccessStatusCode();
        }

        // Both imports reach the timeliness KPI while its table takes no writes, so both would add the same period's value at once.
        await using var holder = new NpgsqlConnection(app.SuperuserConnectionString);
        await holder.OpenAsync();
        await using var freeze = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE monitoring.kpi_measurements IN SHARE ROW EXCLUSIVE MODE", holder, freeze))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var (april, end) = (new DateOnly(2023, 4, 1), new DateOnly(2023, 4, 30));
        var sends = new[] { ("0400", "92001"), ("0448", "92002") }.Select(x => SendAsync(purchaser, Jw323File.Text(
            new Jw323Header(Agb, x.Item1, $"TW-{x.Item1}", $"TWD{x.Item1}", april, end, null),
            [new Jw323Prestatie(Client, $"TW-{x.Item2}", x.Item2, "45", "45A04", april, end, 2, "04", tariff, 2 * tariff)]))).ToArray();
        var waited = Stopwatch.StartNew();
        while (await app.ScalarAsSuperuserAsync<long>(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND (locktype = 'advisory' OR relation = 'monitoring.kpi_measurements'::regclass)") < 2
            && waited.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(100);
        }

        await freeze.CommitAsync();
        foreach (var response in await Task.WhenAll(sends))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        (await app.ScalarAsSuperuserAsync<long>(
            "SELECT count(*) FROM monitoring.kpi_measurements WHERE kpi_code = 'tijdig-gedeclareerd' AND period_start = '2023-04-01'")).ShouldBe(1);
    }
}
