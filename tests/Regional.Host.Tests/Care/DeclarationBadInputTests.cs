using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Regional.Care.Demo;
using static Regional.Host.Tests.Care.KnhCare;

namespace Regional.Host.Tests.Care;

/// <summary>
/// Bad files are refused whole, each with a message that says what is wrong, and leave nothing behind; a queued import runs in
/// the background, beside the others queued.
/// </summary>
public sealed class DeclarationBadInputTests(DeclarationAppFixture app) : IClassFixture<DeclarationAppFixture>
{
    [Theory]
    [InlineData("not-a-message.txt", "geen iStandaard-bericht (XML) en geen declaratie in CSV")]
    [InlineData("not-well-formed.xml", "geen geldige XML (regel")]
    [InlineData("external-entity.xml", "DTD")]
    [InlineData("wrong-namespace.xml", "geen bericht van een iStandaard die Regional kent")]
    [InlineData("toewijzing-as-declaration.xml", "Dit is een JW301-bericht; hier wordt een JW323-bericht verwacht")]
    [InlineData("wrong-message-code.xml", "element BerichtCode")]
    [InlineData("invalid-date.xml", "XSD van JW323 (regel 22")]
    [InlineData("unknown-agb.xml", "AGB-code 65656055, is geen aanbieder in deze regio")]
    [InlineData("invalid-bsn.xml", "Regel 74: het BSN van deze cliënt doorstaat de elfproef niet")]
    [InlineData("totals-do-not-add-up.xml", "(€ 800,00) is niet gelijk aan de som van de 5 prestaties (€ 790,00)")]
    public async Task A_bad_file_is_refused_with_a_message_naming_what_is_wrong_and_nothing_is_stored_or_posted(string file, string message)
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var before = await StoredAsync();

        var response = await denHelder.PostAsync(DeclarationsApi, new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine("Care", "Files", file))));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("File")[0].GetString()!.ShouldContain(message);
        problem.ToString().ShouldNotContain("/etc/passwd:"); // an external entity is never resolved
        (await StoredAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("<wmo323:DeclaratieNummer>DN001</wmo323:DeclaratieNummer>", "<wmo323:DeclaratieNummer>DN-1</wmo323:DeclaratieNummer>", "de waarde ‘DN-1’ heeft niet de vorm die de iStandaard voorschrijft (patroon: ")]
    [InlineData("<wmo323:BerichtCode>484</wmo323:BerichtCode>", "<wmo323:BerichtCode>999</wmo323:BerichtCode>", "de waarde ‘999’ heeft niet de vorm die de iStandaard voorschrijft (patroon: 484)")]
    [InlineData("<iwmo:Dagtekening>2023-05-06</iwmo:Dagtekening>", "<iwmo:Dagtekening>06-05-2023</iwmo:Dagtekening>", "is niet van het juiste soort (een datum als JJJJ-MM-DD")]
    public async Task A_message_that_breaks_the_XSD_is_refused_in_Dutch_saying_what_the_standard_allows(string valid, string broken, string message)
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var example = (await File.ReadAllTextAsync(Path.Combine("Care", "Files", "wmo323-example.xml"))).Replace(valid, broken, StringComparison.Ordinal);

        var response = await denHelder.PostAsync(DeclarationsApi, new StringContent(example, System.Text.Encoding.UTF8, "application/xml"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusal = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("File")[0].GetString()!;
        refusal.ShouldContain(message, customMessage: refusal);
        refusal.ShouldNotContain("constraint");
        refusal.ShouldNotContain("invalid");
    }

    [Fact]
    public async Task A_declaration_over_two_months_is_refused_whole_because_the_standard_declares_per_calendar_month()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "70101");
        var tariff = await TariffCentsAsync(denHelder);
        var acrossMonths = March("TWO-RN1", "70101", 2, tariff) with { Start = new DateOnly(2023, 3, 20), End = new DateOnly(2023, 4, 10) };
        var before = await StoredAsync();

        var response = await SendAsync(denHelder, Jw323File.Text(Header("TWO1", "TWO1") with { To = new DateOnly(2023, 4, 30) }, [acrossMonths]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusal = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("File")[0].GetString()!;
        refusal.ShouldBe("De declaratieperiode (01-03-2023 t/m 30-04-2023) is geen kalendermaand. Volgens de iStandaarden beslaat een declaratie precies één kalendermaand, van de eerste tot en met de laatste dag. Het bericht is niet verwerkt.");
        (await StoredAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_200_MB_file_is_refused_by_the_configured_limit_while_it_streams_in()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var before = await StoredAsync();

        var response = await denHelder.PostAsync(DeclarationsApi, new GeneratedContent(200L * 1024 * 1024));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("groter dan 100 MB");
        (await StoredAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_queued_import_runs_in_the_background_and_the_job_shows_what_it_became()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "70001");
        var tariff = await TariffCentsAsync(denHelder);
        var message = Jw323File.Text(Header("JOB1", "JOB1"), [March("JOB-RN1", "70001", 2, tariff), March("JOB-RN2", "70001", 2, tariff + 1) with { AmountCents = 2 * (tariff + 1) }]);

        var job = await FinishedAsync(denHelder, await QueueAsync(denHelder, "Declaration", "JW323_JOB1.xml", message));

        job.GetProperty("status").GetString().ShouldBe("Done", job.ToString());
        job.GetProperty("resultText").GetString()!.ShouldContain("2 prestaties, 1 goedgekeurd, 1 afgekeurd");
        var declaration = await denHelder.GetFromJsonAsync<JsonElement>($"{DeclarationsApi}/{job.GetProperty("resultId").GetGuid()}");
        declaration.GetProperty("accepted").GetInt32().ShouldBe(1);
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM care.import_job_chunks")).ShouldBe(0); // the file is gone with the job
    }

    [Fact]
    public async Task Queued_files_run_side_by_side_so_a_small_one_is_done_while_a_large_one_queued_before_it_still_runs()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "71001", OtherClient, hoursPerWeek: 100_000, frequency: "TotalWithinPeriod");
        var tariff = await TariffCentsAsync(denHelder);
        var large = Jw323File.Text(Header("JOB-LARGE", "JOBL"), Enumerable.Range(1, 20_000).Select(i => March($"JOBL-{i}", "71001", 1, tariff, OtherClient)).ToList());

        var first = await QueueAsync(denHelder, "Declaration", "JW323_LARGE.xml", large);
        var second = await QueueAsync(denHelder, "Assignments", "JW301_SMALL.xml", AssignmentMessageTests.ForTheDemo("710201", "710202"));

        var small = await FinishedAsync(denHelder, second);
        var largeMeanwhile = await denHelder.GetFromJsonAsync<JsonElement>(first);
        small.GetProperty("status").GetString().ShouldBe("Done", small.ToString());
        largeMeanwhile.GetProperty("status").GetString().ShouldBe("Running", largeMeanwhile.ToString()); // one worker would still have the small file queued
        var done = await FinishedAsync(denHelder, first);
        done.GetProperty("status").GetString().ShouldBe("Done", done.ToString());
        done.GetProperty("resultText").GetString()!.ShouldContain("20.000 prestaties, 20.000 goedgekeurd, 0 afgekeurd");
    }

    private static async Task<string> QueueAsync(HttpClient client, string kind, string fileName, string message)
    {
        var queued = await client.PostAsync($"{RegionApi}/care/import-jobs?kind={kind}&fileName={fileName}", new StringContent(message, Encoding.UTF8, "application/xml"));
        queued.StatusCode.ShouldBe(HttpStatusCode.Accepted, await queued.Content.ReadAsStringAsync());
        return queued.Headers.Location!.ToString();
    }

    /// <summary>The job once it is no longer queued or running (or as it is after a minute).</summary>
    private static async Task<JsonElement> FinishedAsync(HttpClient client, string location)
    {
        JsonElement job;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(100);
            job = await client.GetFromJsonAsync<JsonElement>(location);
        }
        while (job.GetProperty("status").GetString() is "Queued" or "Running" && waited.Elapsed < TimeSpan.FromMinutes(1));

        return job;
    }

    private async Task<string> StoredAsync() => await app.ScalarAsSuperuserAsync<string>(
        "SELECT (SELECT count(*) FROM care.declarations) || '/' || (SELECT count(*) FROM care.declaration_lines) || '/' || (SELECT count(*) FROM finance.journal_entries)");

    /// <summary>A request body made up as it is sent: the file never exists in the test's memory either.</summary>
    private sealed class GeneratedContent(long size) : HttpContent
    {
        private static readonly byte[] Block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<jw323:Prestatie>...</jw323:Prestatie>\n", 2048)));

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var sent = 0L; sent < size; sent += Block.Length)
            {
                await stream.WriteAsync(Block.AsMemory(0, (int)Math.Min(Block.Length, size - sent)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = size;
            Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            return true;
        }
    }
}
