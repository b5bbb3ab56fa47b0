using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Regional.Care.Demo;
using static Regional.Host.Tests.Care.KnhCare;

namespace Regional.Host.Tests.Care;

/// <summary>
/// Declarations received at the same moment: two of one provider to one municipality are each checked against what
/// the other stored, so together they neither exceed a toewijzing nor credit one debit twice; two members' files both
/// arrive without waiting for Monitoring, whose timeliness KPI follows from their events, one value per period.
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
    public async Task Two_members_files_at_once_are_both_received_while_monitoring_is_busy_and_the_timeliness_KPI_follows_once()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh"); // region-wide, so it may act for both members
        var tariff = await TariffCentsAsync(purchaser);
        foreach (var (member, reference) in new[] { ("0400", "92001"), ("0448", "92002") })
        {
            await AssignAsync(purchaser, reference, member: member);
        }

        // Monitoring's KPI table takes no writes meanwhile: receiving a declaration does not wait for it, the event does.
        await using var holder = new NpgsqlConnection(app.SuperuserConnectionString);
        await holder.OpenAsync();
        await using var freeze = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE monitoring.kpi_measurements IN SHARE ROW EXCLUSIVE MODE", holder, freeze))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var (april, end) = (new DateOnly(2023, 4, 1), new DateOnly(2023, 4, 30));
        var responses = await Task.WhenAll(new[] { ("0400", "92001"), ("0448", "92002") }.Select(x => SendAsync(purchaser, Jw323File.Text(
            new Jw323Header(Agb, x.Item1, $"TW-{x.Item1}", $"TWD{x.Item1}", april, end, null),
            [new Jw323Prestatie(Client, $"TW-{x.Item2}", x.Item2, "45", "45A04", april, end, 2, "04", tariff, 2 * tariff)]))));
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        await freeze.CommitAsync();
        const string Kpi = "SELECT count(*) FROM monitoring.kpi_measurements WHERE kpi_code = 'tijdig-gedeclareerd' AND period_start = '2023-04-01'";
        (await app.ScalarEventuallyAsync<long>(Kpi, n => n > 0)).ShouldBe(1);
        (await app.ScalarEventuallyAsync<long>("SELECT count(*) FROM monitoring.received_declarations WHERE declaration_id IN (SELECT id FROM care.declarations WHERE message_id LIKE 'TW-%')", n => n == 2)).ShouldBe(2);
        (await app.ScalarAsSuperuserAsync<long>(Kpi)).ShouldBe(1);
    }
}
