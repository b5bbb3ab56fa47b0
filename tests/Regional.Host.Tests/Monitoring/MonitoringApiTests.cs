using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.TestSupport;

namespace Regional.Host.Tests.Monitoring;

/// <summary>The contract manager's work through the API on the Kop van Noord-Holland's demo contract, and its bad input.</summary>
public sealed class MonitoringApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Api = "/api/regions/kop-van-noord-holland/monitoring";

    [Fact]
    public async Task A_KPI_file_is_taken_whole_and_uploading_it_again_changes_nothing()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var contract = await ContractIdAsync(purchaser);

        var first = await UploadAsync(purchaser, $"{Api}/contracts/{contract}/kpis.csv", "kpis-q4.csv");
        var audit = await AuditCountAsync();
        var again = await UploadAsync(purchaser, $"{Api}/contracts/{contract}/kpis.csv", "kpis-q4.csv");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AuditCountAsync()).ShouldBe(audit); // nothing written the second time
        var series = await KpisAsync(purchaser, contract);
        Value(series, "uitval", "2019-10-01").ShouldBe(11.5m);
        Value(series, "tevredenheid", "2019-10-01").ShouldBe(7.9m);
    }

    [Theory]
    [InlineData("kpis-mark-out-of-range.csv", "Cliënttevredenheid loopt van 1 tot en met 10")]
    [InlineData("kpis-outside-contract.csv", "valt buiten het contract KNH-J-2019-001")]
    public async Task A_bad_KPI_file_is_refused_with_what_is_wrong_and_nothing_is_saved(string file, string problem)
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var contract = await ContractIdAsync(purchaser);
        var before = await MeasurementCountAsync();

        var response = await UploadAsync(purchaser, $"{Api}/contracts/{contract}/kpis.csv", file);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(problem);
        (await MeasurementCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task KPIs_derived_from_ended_trajectories_have_their_exact_values()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var contract = await ContractIdAsync(purchaser);

        var response = await UploadAsync(purchaser, $"{Api}/contracts/{contract}/trajectories.csv?from=2019-04-01&to=2019-06-30", "trajectories-q2.csv");
        var derived = await response.Content.ReadFromJsonAsync<Dictionary<string, decimal>>();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        derived!["uitval"].ShouldBe(50.0m);
        derived["zonder-hulp-verder"].ShouldBe(66.7m);
        derived["zrm-doelrealisatie"].ShouldBe(66.7m);
        derived["doorlooptijd"].ShouldBe(92.8m); // (100 + 111 + 90 + 70) / 4 = 92.75
        Value(await KpisAsync(purchaser, contract), "uitval", "2019-04-01").ShouldBe(50.0m); // replaces the entered 16
    }

    [Fact]
    public async Task A_report_of_the_wrong_type_is_refused_and_a_pdf_is_received_with_its_prognosis()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var contract = await ContractIdAsync(purchaser);
        var reports = await purchaser.GetFromJsonAsync<JsonElement>($"{Api}/contracts/{contract}/reports");
        var first = reports.EnumerateArray().First(r => r.GetProperty("kind").GetString() == "Management").GetProperty("id").GetGuid();

        var wrong = await purchaser.PostAsync($"{Api}/reports/{first}/file?realised=40000&prognosis=100000", Form("rapportage.txt"));
        var noPrognosis = await purchaser.PostAsync($"{Api}/reports/{first}/file", Form("rapportage-q1.pdf"));
        var right = await purchaser.PostAsync($"{Api}/reports/{first}/file?realised=45000&prognosis=135000", Form("rapportage-q1.pdf"));

        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("PDF-, Word-, Excel- of CSV-bestand");
        (await noPrognosis.Content.ReadAsStringAsync()).ShouldContain("prognose voor de rest van het jaar");
        right.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = (await purchaser.GetFromJsonAsync<JsonElement>($"{Api}/contracts/{contract}/reports")).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == first);
        after.GetProperty("prognosis").GetDecimal().ShouldBe(135_000m);
        (await purchaser.GetByteArrayAsync($"{Api}/reports/{first}/file")).ShouldBe(await File.ReadAllBytesAsync(Path.Combine("Monitoring", "Files", "rapportage-q1.pdf")));
    }

    [Fact]
    public async Task A_provider_whose_reported_turnover_reaches_70_percent_of_its_ceiling_is_flagged()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var contract = await ContractIdAsync(purchaser);
        var agb = (await purchaser.GetFromJsonAsync<JsonElement>("/api/regions/kop-van-noord-holland/purchasing/contracts")).EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == contract).GetProperty("agbCode").GetString();
        var provider = (await purchaser.GetFromJsonAsync<JsonElement>("/api/regions/kop-van-noord-holland/purchasing/providers")).EnumerateArray()
            .Single(p => p.GetProperty("agbCode").GetString() == agb).GetProperty("id").GetGuid();
        (await purchaser.PutAsJsonAsync($"{Api}/providers/{provider}/ceiling/2019", new { amount = 60_000 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var reports = (await purchaser.GetFromJsonAsync<JsonElement>($"{Api}/contracts/{contract}/reports")).EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "Management").Select(r => r.GetProperty("id").GetGuid()).ToList();

        await purchaser.PostAsync($"{Api}/reports/{reports[1]}/file?realised=41999.99&prognosis=50000", Form("rapportage-q1.pdf"));
        var below = await StandingAsync(purchaser, provider);
        await purchaser.PostAsync($"{Api}/reports/{reports[2]}/file?realised=42000&prognosis=50000", Form("rapportage-q1.pdf"));
        var at = await StandingAsync(purchaser, provider);

        below.GetProperty("ceilingWarning").GetBoolean().ShouldBeFalse();
        at.GetProperty("ceilingWarning").GetBoolean().ShouldBeTrue();
        at.GetProperty("realised").GetDecimal().ShouldBe(42_000m); // the latest report's figure, not a sum of reports
        at.GetProperty("class").GetString().ShouldBe("Medium"); // demo: 60 clients, 4 municipalities, EUR 180,000
    }

    [Fact]
    public async Task An_agreed_action_without_a_deadline_is_refused_and_no_meeting_is_saved()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var provider = (await purchaser.GetFromJsonAsync<JsonElement>("/api/regions/kop-van-noord-holland/purchasing/providers")).EnumerateArray().First().GetProperty("id").GetGuid();
        var before = (await purchaser.GetFromJsonAsync<JsonElement>($"{Api}/providers/{provider}/meetings")).GetArrayLength();

        var response = await purchaser.PostAsJsonAsync($"{Api}/providers/{provider}/meetings", new
        {
            heldOn = "2019-07-15",
            notes = "Overleg",
            actions = new[] { new { description = "Wachtlijst uitzoeken", owner = "Aanbieder" } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("uiterste datum");
        (await purchaser.GetFromJsonAsync<JsonElement>($"{Api}/providers/{provider}/meetings")).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task A_report_schedule_for_a_year_outside_the_contract_and_a_report_over_the_size_limit_are_refused()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        var contract = await ContractIdAsync(purchaser);
        var report = (await purchaser.GetFromJsonAsync<JsonElement>($"{Api}/contracts/{contract}/reports")).EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "ProductionStatement").GetProperty("id").GetGuid();
        using var tooLarge = new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]);
        tooLarge.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        var outside = await purchaser.PutAsJsonAsync($"{Api}/contracts/{contract}/reporting-plan/2030", new { expectedTurnover = 100_000 });
        var large = await purchaser.PostAsync($"{Api}/reports/{report}/file", new MultipartFormDataContent { { tooLarge, "file", "jaarverantwoording.pdf" } });

        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("loopt niet in 2030");
        large.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await large.Content.ReadAsStringAsync()).ShouldContain("ten hoogste 10 MB");
        (await purchaser.GetFromJsonAsync<JsonElement>($"{Api}/contracts/{contract}/reports")).EnumerateArray()
            .Single(r => r.GetProperty("id").GetGuid() == report).GetProperty("receivedAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_municipality_sees_the_regions_indicators_but_may_not_add_one()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        using var municipality = await app.SignedInClientAsync("gemeente.denhelder");
        var regional = new { name = "Jongeren met een startkwalificatie", unit = "Percentage", note = "NewIndicatorZeroMeasurement", source = "Regio KNH", values = Array.Empty<object>() };

        (await purchaser.PostAsJsonAsync($"{Api}/indicators", regional)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var denied = await municipality.PostAsJsonAsync($"{Api}/indicators", regional with { });

        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var seen = await municipality.GetFromJsonAsync<JsonElement>($"{Api}/indicators");
        seen.EnumerateArray().Count(i => i.GetProperty("name").GetString() == "Jongeren met een startkwalificatie").ShouldBe(1);
    }

    [Fact]
    public async Task A_goal_without_a_deadline_is_refused()
    {
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");

        var response = await purchaser.PostAsJsonAsync($"{Api}/goals", new { reference = "Ontwikkeldoel 6", title = "Iets zonder datum", owner = "Regio" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("uiterste datum");
        (await purchaser.GetFromJsonAsync<JsonElement>($"{Api}/goals")).EnumerateArray().Count().ShouldBe(18);
    }

    [Fact]
    public async Task A_municipality_reads_the_contracts_KPIs_but_may_not_change_them()
    {
        using var municipality = await app.SignedInClientAsync("gemeente.denhelder");
        var contract = await ContractIdAsync(municipality);

        (await municipality.GetAsync($"{Api}/contracts/{contract}/kpis")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await municipality.PutAsJsonAsync($"{Api}/contracts/{contract}/kpis/uitval/target", new { target = 5 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await municipality.PostAsJsonAsync($"{Api}/goals", new { reference = "x", title = "x", owner = "x", deadline = "2030-01-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> StandingAsync(HttpClient client, Guid provider) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Api}/providers?year=2019")).EnumerateArray()
            .Single(s => s.GetProperty("providerId").GetGuid() == provider);

    private static MultipartFormDataContent Form(string file)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(Path.Combine("Monitoring", "Files", file)));
        content.Headers.ContentType = new MediaTypeHeaderValue(file.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "text/plain");
        return new MultipartFormDataContent { { content, "file", file } };
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string file)
    {
        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine("Monitoring", "Files", file)));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return await client.PostAsync(url, body);
    }

    private static async Task<Guid> ContractIdAsync(HttpClient client)
    {
        var contracts = await client.GetFromJsonAsync<JsonElement>("/api/regions/kop-van-noord-holland/purchasing/contracts");
        return contracts.EnumerateArray().Single(c => c.GetProperty("number").GetString() == "KNH-J-2019-001").GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> KpisAsync(HttpClient client, Guid contract) =>
        await client.GetFromJsonAsync<JsonElement>($"{Api}/contracts/{contract}/kpis");

    private static decimal Value(JsonElement series, string kpi, string periodStart) =>
        series.EnumerateArray().Single(s => s.GetProperty("definition").GetProperty("code").GetString() == kpi)
            .GetProperty("measurements").EnumerateArray().Single(m => m.GetProperty("periodStart").GetString() == periodStart).GetProperty("value").GetDecimal();

    private Task<long> MeasurementCountAsync() => app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM monitoring.kpi_measurements");

    private Task<long> AuditCountAsync() => app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM kernel.audit_log");
}
