using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.Care.Demo;
using Regional.TestSupport;

namespace Regional.Host.Tests.Care;

/// <summary>Assignments through the API on the Kop van Noord-Holland's demo contract: checks, commitments and the protected BSN.</summary>
public sealed class CareApiTests(LoggedAppFixture app) : IClassFixture<LoggedAppFixture>
{
    private const string Api = "/api/regions/kop-van-noord-holland/care/assignments";
    private const string Bsn = "111222333";

    [Fact]
    public async Task An_assignment_commits_volume_times_the_contract_tariff_and_shows_its_client_masked()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");

        var created = await denHelder.PostAsJsonAsync(Api, await RequestAsync(denHelder, "TW-0001", "KNH-JGD-PZ", "2019-01-01", "2019-01-31", 1, "PerDay"));
        var list = await denHelder.GetStringAsync(Api);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("tariff").GetDecimal().ShouldBe(61.15m); // the contract's exception, not the regional 58.40
        body.GetProperty("commitment").GetDecimal().ShouldBe(1_895.65m); // 31 days x 61.15
        body.GetProperty("client").GetString().ShouldBe("******333");
        list.ShouldContain("TW-0001");
        list.ShouldNotContain(Bsn);
        (await app.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM care.assignments WHERE client_cipher LIKE '%{Bsn}%' OR client_hash LIKE '%{Bsn}%'")).ShouldBe(0);
    }

    [Theory]
    [InlineData("123456789", "KNH-JGD-PZ", "Bsn")]
    [InlineData(Bsn, "KNH-JGD-DB", "ProviderId")] // dagbesteding is not in the provider's contract
    public async Task A_bad_assignment_is_refused_naming_the_field_and_nothing_is_saved(string bsn, string product, string field)
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var before = await CountAsync();
        var request = await RequestAsync(denHelder, "TW-BAD-" + field, product, "2019-02-01", "2019-02-28", 1, "PerDay", bsn);

        var response = await denHelder.PostAsJsonAsync(Api, request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_municipality_records_only_its_own_assignments_and_sees_only_its_own_clients_BSN()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        using var auditor = await app.SignedInClientAsync("auditor.knh");
        var forTexel = (await RequestAsync(denHelder, "TW-TEXEL", "KNH-JGD-PZ", "2019-03-01", "2019-03-31", 1, "PerDay")) with { MunicipalityCbsCode = "GM0448" };

        var refused = await denHelder.PostAsJsonAsync(Api, forTexel);
        var own = await (await denHelder.PostAsJsonAsync(Api, await RequestAsync(denHelder, "TW-0002", "KNH-JGD-PZ", "2019-04-01", "2019-04-30", 1, "PerDay")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = own.GetProperty("id").GetGuid();

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await denHelder.GetFromJsonAsync<JsonElement>($"{Api}/{id}/bsn")).GetProperty("bsn").GetString().ShouldBe(Bsn);
        (await auditor.GetAsync($"{Api}/{id}/bsn")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.GetStringAsync(Api)).ShouldNotContain(Bsn);
    }

    [Fact]
    public async Task No_BSN_reaches_the_logs_even_at_debug_level_and_on_errors()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await denHelder.PostAsJsonAsync(Api, await RequestAsync(denHelder, "TW-LOG", "KNH-JGD-PZ", "2019-05-01", "2019-05-31", 1, "PerDay"));
        await denHelder.PostAsJsonAsync(Api, await RequestAsync(denHelder, "TW-LOG", "KNH-JGD-PZ", "2019-05-01", "2019-05-31", 2, "PerDay")); // other data: refused
        await denHelder.PostAsJsonAsync(Api, await RequestAsync(denHelder, "TW-LOG-2", "KNH-JGD-PZ", "2019-05-01", "2019-05-31", 1, "PerDay", "999999990"));

        var logs = await app.LogsAsync();
        logs.ShouldContain("INSERT INTO care.assignments"); // the log is really captured: the SQL of the insert, with its parameters hidden
        logs.ShouldNotContain(Bsn);
        logs.ShouldNotContain("999999990");
    }

    [Fact]
    public async Task No_BSN_reaches_the_logs_when_declarations_are_received_answered_or_refused()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await KnhCare.AssignAsync(denHelder, "85001");
        var tariff = await KnhCare.TariffCentsAsync(denHelder);
        var sent = await KnhCare.SendAsync(denHelder, Jw323File.Text(KnhCare.Header("LOG1", "LOG1"),
            [KnhCare.March("LOG-RN1", "85001", 1, tariff), KnhCare.March("LOG-RN2", "85001", 1, tariff + 1) with { AmountCents = tariff + 1 }]));
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var answer = await denHelder.GetStringAsync($"{KnhCare.DeclarationsApi}/{id}/answer.xml");
        await denHelder.PostAsync(KnhCare.DeclarationsApi, new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine("Care", "Files", "invalid-bsn.xml"))));

        var logs = await app.LogsAsync();
        answer.ShouldContain(KnhCare.Client); // the answer must name the client of a rejected line
        logs.ShouldContain("care.declaration_lines"); // the log is really captured
        logs.ShouldNotContain(KnhCare.Client);
        logs.ShouldNotContain("999900019");
    }

    [Fact]
    public async Task The_same_assignment_sent_again_is_recorded_and_committed_once_and_a_different_one_under_its_number_is_refused()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var request = await RequestAsync(denHelder, "TW-AGAIN", "KNH-JGD-PZ", "2019-12-01", "2020-01-31", 1, "PerDay");

        var first = await (await denHelder.PostAsJsonAsync(Api, request)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await denHelder.PostAsJsonAsync(Api, request)).Content.ReadFromJsonAsync<JsonElement>();
        var different = await denHelder.PostAsJsonAsync(Api, request with { Volume = 2 });

        again.GetProperty("id").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        different.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM care.assignments WHERE reference = 'TW-AGAIN'")).ShouldBe(1);
        // 62 days: 31 in 2019 and 31 in 2020, so the commitment of 62 x 61.15 = 3,791.30 splits evenly over the two years.
        var perYear = await app.ScalarAsSuperuserAsync<string>(
            $"SELECT string_agg(year || ':' || amount, ' ' ORDER BY year) FROM finance.commitments WHERE source_key = 'assignment:{first.GetProperty("id").GetGuid()}'");
        perYear.ShouldBe("2019:1895.65 2020:1895.65");
    }

    private Task<long> CountAsync() => app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM care.assignments");

    private static async Task<AssignmentBody> RequestAsync(HttpClient client, string reference, string product, string from, string to, decimal volume, string frequency, string bsn = Bsn)
    {
        var contracts = await client.GetFromJsonAsync<JsonElement>("/api/regions/kop-van-noord-holland/purchasing/contracts");
        var agb = contracts.EnumerateArray().Single(c => c.GetProperty("number").GetString() == "KNH-J-2019-001").GetProperty("agbCode").GetString()!;
        return new AssignmentBody("GM0400", reference, bsn, "2006-05-01", product, agb, from, to, volume, frequency);
    }

    private sealed record AssignmentBody(
        string MunicipalityCbsCode, string Reference, string Bsn, string ClientBirthDate, string ProductCode, string ProviderAgbCode,
        string StartsOn, string EndsOn, decimal Volume, string Frequency);
}
