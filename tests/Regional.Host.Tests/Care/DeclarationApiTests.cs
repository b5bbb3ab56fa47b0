using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Microsoft.Extensions.DependencyInjection;
using Regional.Care.Declarations;
using Regional.Kernel.Tenancy;
using Regional.TestSupport;
using Regional.Care.Demo;
using static Regional.Host.Tests.Care.KnhCare;

namespace Regional.Host.Tests.Care;

/// <summary>
/// A JW323 through the API on the demo contract: every line checked (tariff, period, volume, assignment,
/// duplicates, credits), the accepted ones posted to finance exactly once, the 325 answer valid against its XSD.
/// </summary>
public sealed class DeclarationApiTests(DeclarationAppFixture app) : IClassFixture<DeclarationAppFixture>
{
    [Fact]
    public async Task Each_line_is_checked_the_accepted_ones_are_posted_once_and_the_rejected_ones_get_their_retourcodes()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "10001");
        var tariff = await TariffCentsAsync(denHelder);
        var lines = new[]
        {
            March("DA-RN1", "10001", 10, tariff),
            March("DA-RN2", "10001", 2, tariff + 100) with { AmountCents = 2 * (tariff + 100) }, // not the contract's tariff
            March("DA-RN1", "10001", 1, tariff), // a reference sent before
            March("DA-RN3", "10001", 1, tariff) with { Start = new DateOnly(2023, 2, 1), End = new DateOnly(2023, 2, 28) }, // outside the declaration period
            March("DA-RN4", "99999", 1, tariff), // no such assignment
            March("DA-RN5", "10001", 20, tariff), // 3 hours a week allow 14 in March
            March("DA-RN6", "10001", 2, tariff) with { AmountCents = 2 * tariff + 1 }, // amount is not volume x tariff
        };

        var response = await SendAsync(denHelder, Jw323File.Text(Header("DA-M1", "DAD1"), lines));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var declaration = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = declaration.GetProperty("id").GetGuid();
        declaration.GetProperty("accepted").GetInt32().ShouldBe(1);
        declaration.GetProperty("rejected").GetInt32().ShouldBe(6);
        declaration.GetProperty("totalAccepted").GetDecimal().ShouldBe(10 * tariff / 100m);
        declaration.GetProperty("postedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var codes = (await denHelder.GetFromJsonAsync<JsonElement>($"{DeclarationsApi}/{id}/lines")).EnumerateArray()
            .ToDictionary(l => l.GetProperty("position").GetInt32(), l => string.Join(' ', l.GetProperty("retourCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString())));
        codes.ShouldBe(new Dictionary<int, string> { [1] = "", [2] = "0611", [3] = "8021", [4] = "9319", [5] = "9338", [6] = "9321", [7] = "9346" });
        (await LedgerAsync(id)).ShouldBe((1L, 10 * tariff / 100m));
    }

    [Fact]
    public async Task The_answer_is_a_valid_JW325_naming_each_rejected_line_and_its_client_and_only_marking_it_sent_clears_the_queue()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "20001");
        var tariff = await TariffCentsAsync(denHelder);
        var sent = await SendAsync(denHelder, Jw323File.Text(Header("DB-M1", "DBD1"),
            [March("DB-RN1", "20001", 4, tariff), March("DB-RN2", "20001", 4, tariff + 5) with { AmountCents = 4 * (tariff + 5) }]));
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await DueAsync(denHelder)).ShouldContain(id);

        var answer = await denHelder.GetStringAsync($"{DeclarationsApi}/{id}/answer.xml");

        Validate(answer, "jw325.xsd");
        var x = XDocument.Parse(answer);
        XNamespace m = "http://www.istandaarden.nl/ijw/3_2/jw325/schema";
        XNamespace b = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";
        var rejected = x.Descendants(m + "Prestatie").ToList();
        rejected.Select(p => p.Element(m + "ProductReferentie")!.Element(b + "ReferentieNummer")!.Value).ShouldBe(["DB-RN2"]);
        rejected[0].Element(m + "RetourCodes")!.Element(m + "RetourCode")!.Value.ShouldBe("0611");
        x.Descendants(m + "Bsn").Single().Value.ShouldBe(Client);
        x.Descendants(m + "TotaalToegekendBedrag").Single().Element(b + "TotaalBedrag")!.Value.ShouldBe((4 * tariff).ToString(System.Globalization.CultureInfo.InvariantCulture));
        x.Descendants(m + "DeclaratieIdentificatie").Single().Element(b + "Identificatie")!.Value.ShouldBe("DB-M1");
        (await DueAsync(denHelder)).ShouldContain(id, "downloading changes nothing");

        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        (await purchaser.PostAsync($"{DeclarationsApi}/{id}/answer-sent", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var marked = await denHelder.PostAsync($"{DeclarationsApi}/{id}/answer-sent", null);
        var again = await denHelder.PostAsync($"{DeclarationsApi}/{id}/answer-sent", null);

        marked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answeredAt").GetDateTimeOffset()
            .ShouldBe((await marked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answeredAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        (await DueAsync(denHelder)).ShouldNotContain(id);
        (await app.ScalarAsSuperuserAsync<long>(
            $"SELECT count(*) FROM kernel.audit_log WHERE entity = 'Declaration' AND entity_id = '{id}' AND action = 'Modified' AND actor_name = 'gemeente.denhelder' AND changes ? 'AnsweredAt'"))
            .ShouldBe(1);
    }

    [Fact]
    public async Task The_same_message_again_gets_the_same_answer_and_posts_nothing_twice_and_another_file_under_its_identification_is_refused()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "30001");
        var tariff = await TariffCentsAsync(denHelder);
        var message = Jw323File.Text(Header("DC-M1", "DCD1"), [March("DC-RN1", "30001", 3, tariff)]);

        var first = await SendAsync(denHelder, message);
        var again = await SendAsync(denHelder, message);
        var other = await SendAsync(denHelder, Jw323File.Text(Header("DC-M1", "DCD1"), [March("DC-RN1", "30001", 2, tariff)]));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(id);
        other.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await other.Content.ReadAsStringAsync()).ShouldContain("andere inhoud");
        (await LedgerAsync(id)).ShouldBe((1L, 3 * tariff / 100m));
    }

    [Fact]
    public async Task A_credit_reverses_an_accepted_line_once_and_gives_its_volume_back()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "40001", hoursPerWeek: 10, frequency: "TotalWithinPeriod"); // ten hours in the whole year
        var tariff = await TariffCentsAsync(denHelder);
        var debit = March("DD-RN1", "40001", 8, tariff);
        await SendAsync(denHelder, Jw323File.Text(Header("DD-M1", "DDD1"), [debit]));

        var tooMuch = await SendAsync(denHelder, Jw323File.Text(Header("DD-M2", "DDD2"), [March("DD-RN2", "40001", 4, tariff)]));
        var credit = await SendAsync(denHelder, Jw323File.Text(Header("DD-M3", "DDD3"),
            [debit with { Reference = "DD-RN3", Previous = "DD-RN1", Credit = true }, March("DD-RN4", "40001", 4, tariff)]));
        var twice = await SendAsync(denHelder, Jw323File.Text(Header("DD-M4", "DDD4"), [debit with { Reference = "DD-RN5", Previous = "DD-RN1", Credit = true }]));
        var unknown = await SendAsync(denHelder, Jw323File.Text(Header("DD-M5", "DDD5"), [debit with { Reference = "DD-RN6", Previous = "DD-NONE", Credit = true }]));

        (await CodesAsync(denHelder, tooMuch)).ShouldBe(["9322"]); // 8 + 4 > 10 within the period
        var credited = await credit.Content.ReadFromJsonAsync<JsonElement>();
        var creditId = credited.GetProperty("id").GetGuid();
        (await CodesAsync(denHelder, creditId)).ShouldBe(["", ""]); // the credit gives 8 back, so 4 fit again
        (await CodesAsync(denHelder, twice)).ShouldBe(["9390"]);
        (await CodesAsync(denHelder, unknown)).ShouldBe(["8017"]);
        credited.GetProperty("totalAccepted").GetDecimal().ShouldBe(-4 * tariff / 100m);
        (await LedgerAsync(creditId)).ShouldBe((1L, -4 * tariff / 100m)); // one entry for the product: the credit and the new debit net
        (await app.ScalarAsSuperuserAsync<decimal>(
            "SELECT v.volume FROM care.assignment_volumes v JOIN care.assignments a ON a.id = v.assignment_id WHERE a.reference = '40001'")).ShouldBe(4m); // 8 - 8 + 4, as TR322 reads it
    }

    [Fact]
    public async Task A_CSV_declaration_gets_the_same_checks()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "50001");
        var tariff = await TariffCentsAsync(denHelder) / 100m;
        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        string Row(string reference, int hours, decimal t) =>
            $"Jeugd;{Agb};0400;DE-D1;01-03-2023;31-03-2023;{Client};{reference};;50001;45;45A04;01-03-2023;31-03-2023;{hours};04;{t.ToString("0.00", nl)};{(hours * t).ToString("0.00", nl)};D";
        const string columns = "domein;aanbieder_agb;gemeente;declaratienummer;periode_begin;periode_eind;bsn;referentie;vorige_referentie;toewijzingnummer;"
            + "productcategorie;productcode;begindatum;einddatum;volume;eenheid;tarief;bedrag;debet_credit";
        var csv = string.Join('\n', columns, Row("DE-RN1", 5, tariff), Row("DE-RN2", 1, tariff + 1));

        var response = await SendAsync(denHelder, csv, "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await CodesAsync(denHelder, id)).ShouldBe(["", "0611"]);
        var answer = await denHelder.GetStringAsync($"{DeclarationsApi}/{id}/answer.csv");
        answer.ShouldContain("DE-RN2");
        answer.ShouldContain("afgekeurd;0611;Het ingediende tarief komt niet overeen met het contractuele tarief");
        answer.ShouldNotContain(Client);
    }

    [Fact]
    public async Task Another_member_and_another_region_see_none_of_the_declarations_of_Den_Helder()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "60001");
        var sent = await SendAsync(denHelder, Jw323File.Text(Header("DF-M1", "DFD1"), [March("DF-RN1", "60001", 1, await TariffCentsAsync(denHelder))]));
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var purchaser = await app.SignedInClientAsync("inkoper.knh");
        using var groningen = await app.SignedInClientAsync("gemeente.groningen");

        var seenByTexel = await app.ScalarAsMemberAsync<long>("kop-van-noord-holland", "GM0448",
            $"SELECT (SELECT count(*) FROM care.declarations) + (SELECT count(*) FROM care.declaration_lines WHERE declaration_id = '{id}')");

        (await purchaser.GetStringAsync(DeclarationsApi)).ShouldContain(id.ToString());
        seenByTexel.ShouldBe(0); // the database itself hides another member's declarations and lines
        (await groningen.GetAsync($"{DeclarationsApi}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_pooled_cost_from_a_declaration_leads_from_the_settlements_explanation_back_to_its_lines()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var assigned = await denHelder.PostAsJsonAsync($"{RegionApi}/care/assignments", new
        {
            municipalityCbsCode = "GM0400", reference = "91001", bsn = Client, clientBirthDate = "2010-02-14", productCode = "KNH-JGD-PZ", providerAgbCode = Agb,
            startsOn = "2019-06-01", endsOn = "2019-06-30", volume = 1, frequency = "PerDay",
        });
        assigned.EnsureSuccessStatusCode();
        var june = new Jw323Prestatie(Client, "DR-1", "91001", "44", "44A07", new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 30), 30, "14", 6115, 30 * 6115);
        var sent = await SendAsync(denHelder, Jw323File.Text(new Jw323Header(Agb, DenHelder, "DRM1", "DRD1", new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 30)), [june]));
        var declaration = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var controller = await app.SignedInClientAsync("controller.knh");
        var pools = await controller.GetFromJsonAsync<JsonElement>($"{RegionApi}/finance/pools");
        var pool = pools.EnumerateArray().Single(p => p.GetProperty("productGroup").GetString() == "Verblijf Jeugd" && p.GetProperty("year").GetInt32() == 2019).GetProperty("id").GetGuid();

        var draft = await (await controller.PostAsync($"{RegionApi}/finance/pools/{pool}/settlements", null)).Content.ReadFromJsonAsync<JsonElement>();
        var explanation = await controller.GetStringAsync($"/regio/kop-van-noord-holland/financien/verrekeningen/{draft.GetProperty("id").GetGuid()}/gemeenten/GM0400");

        var product = await controller.GetFromJsonAsync<JsonElement>($"{RegionApi}/purchasing/products");
        var pleegzorg = product.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "KNH-JGD-PZ").GetProperty("id").GetGuid();
        explanation.ShouldContain($"/regio/kop-van-noord-holland/zorg/declaraties/{declaration}?product={pleegzorg}");
        (await controller.GetStringAsync($"/regio/kop-van-noord-holland/zorg/declaraties/{declaration}?product={pleegzorg}")).ShouldContain("DR-1");
    }

    [Fact]
    public async Task A_WMO323_is_read_with_the_iWmo_schemas_and_answered_in_a_WMO325()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var example = (await File.ReadAllTextAsync(Path.Combine("Care", "Files", "wmo323-example.xml")))
            .Replace("<wmo323:Afzender>65656055</wmo323:Afzender>", $"<wmo323:Afzender>{Agb}</wmo323:Afzender>", StringComparison.Ordinal)
            .Replace("<wmo323:Ontvanger>0384</wmo323:Ontvanger>", $"<wmo323:Ontvanger>{DenHelder}</wmo323:Ontvanger>", StringComparison.Ordinal);

        var sent = await SendAsync(denHelder, example);

        sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await CodesAsync(denHelder, id)).ShouldAllBe(codes => codes.Contains("9338", StringComparison.Ordinal)); // 9338: no Wmo toewijzing in the demo
        var answer = XDocument.Parse(await denHelder.GetStringAsync($"{DeclarationsApi}/{id}/answer.xml"));
        answer.Root!.Name.NamespaceName.ShouldBe("http://www.istandaarden.nl/iwmo/3_2/wmo325/schema");
        answer.Descendants(answer.Root.Name.Namespace + "BerichtCode").Single().Value.ShouldBe("485");
    }

    [Fact]
    public async Task A_WMO323_may_use_the_reference_numbers_of_an_accepted_JW323_of_the_same_provider()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "12001");
        var tariff = await TariffCentsAsync(denHelder);
        var jeugd = await SendAsync(denHelder, Jw323File.Text(Header("RN-JW", "RNJW"), [March("RN001", "12001", 2, tariff)]));
        (await jeugd.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32().ShouldBe(1);
        var example = (await File.ReadAllTextAsync(Path.Combine("Care", "Files", "wmo323-example.xml")))
            .Replace("<wmo323:Afzender>65656055</wmo323:Afzender>", $"<wmo323:Afzender>{Agb}</wmo323:Afzender>", StringComparison.Ordinal)
            .Replace("<wmo323:Ontvanger>0384</wmo323:Ontvanger>", $"<wmo323:Ontvanger>{DenHelder}</wmo323:Ontvanger>", StringComparison.Ordinal)
            .Replace("<iwmo:Identificatie>765432198</iwmo:Identificatie>", "<iwmo:Identificatie>765432199</iwmo:Identificatie>", StringComparison.Ordinal)
            .Replace("<wmo323:DeclaratieNummer>DN001</wmo323:DeclaratieNummer>", "<wmo323:DeclaratieNummer>DN777</wmo323:DeclaratieNummer>", StringComparison.Ordinal);

        var wmo = await SendAsync(denHelder, example);

        wmo.StatusCode.ShouldBe(HttpStatusCode.Created, await wmo.Content.ReadAsStringAsync());
        (await CodesAsync(denHelder, wmo)).ShouldAllBe(codes => !codes.Contains("8021", StringComparison.Ordinal)); // 8021: reference already delivered
    }

    [Fact]
    public async Task A_JW323_in_UTF16_is_read_as_the_same_declaration_it_would_be_in_UTF8()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "13001");
        var tariff = await TariffCentsAsync(denHelder);
        var text = Jw323File.Text(Header("U16-M1", "U16D1"), [March("U16-RN1", "13001", 2, tariff)]).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.OrdinalIgnoreCase);
        var content = new ByteArrayContent([.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/xml");

        var sent = await denHelder.PostAsync(DeclarationsApi, content);

        sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Operators_count_lines_by_outcome_and_refused_files_without_any_client_in_the_measurements()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "11001");
        var tariff = await TariffCentsAsync(denHelder);
        var measured = new List<(string Instrument, long Value, string Tags)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Regional.Care")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (measured)
            {
                measured.Add((instrument.Name, value, string.Join(',', tags.ToArray().Select(t => $"{t.Key}={t.Value}"))));
            }
        });
        listener.Start();

        await SendAsync(denHelder, Jw323File.Text(Header("TELM1", "TELM1"), [March("TEL-RN1", "11001", 2, tariff), March("TEL-RN2", "99999", 2, tariff)]));
        await SendAsync(denHelder, "geen bericht");

        lock (measured)
        {
            measured.ShouldContain(("regional.declarations.lines", 1L, "outcome=accepted"));
            measured.ShouldContain(("regional.declarations.lines", 1L, "outcome=rejected"));
            measured.ShouldContain(m => m.Instrument == "regional.declarations.refused" && m.Value == 1);
            measured.ShouldAllBe(m => !m.Tags.Contains(Client, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_declaration_is_booked_as_one_journal_entry_per_product_summed_per_account_with_its_clients_counted_and_its_lines_behind_it()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "13001");
        await AssignAsync(denHelder, "13002", OtherClient);
        var tariff = await TariffCentsAsync(denHelder);
        var sent = await SendAsync(denHelder, Jw323File.Text(Header("EP-M1", "EPD1"),
            [March("EP-RN1", "13001", 2, tariff), March("EP-RN2", "13001", 3, tariff), March("EP-RN3", "13002", 4, tariff, OtherClient)]));
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await CodesAsync(denHelder, id)).ShouldBe(["", "", ""]);
        (await LedgerAsync(id)).ShouldBe((1L, 9 * tariff / 100m));
        var postings = await app.ScalarAsSuperuserAsync<string>(
            "SELECT string_agg(p.account || ' ' || p.amount::text || ' ' || coalesce(p.client_ref, '-'), '; ' ORDER BY p.amount) FROM finance.postings p "
            + $"JOIN finance.journal_entries e ON e.id = p.entry_id WHERE e.idempotency_key LIKE 'cost:declaratie:{id:N}:%'");
        postings.ShouldBe($"crediteuren {-9 * tariff / 100m:0.00} -; kosten {9 * tariff / 100m:0.00} -".Replace(',', '.')); // 2 + 3 + 4 hours, no client named
        (await app.ScalarAsSuperuserAsync<long>(
            "SELECT count(*) FROM finance.cost_clients c JOIN kernel.municipalities m ON m.id = c.municipality_id WHERE m.cbs_code = 'GM0400' AND c.year = 2023 "
            + $"AND c.client_ref IN (SELECT client_hash FROM care.declaration_lines WHERE declaration_id = '{id}')")).ShouldBe(2); // both clients counted for keys
        var cause = await app.ScalarAsSuperuserAsync<string>($"SELECT idempotency_key FROM finance.journal_entries WHERE idempotency_key LIKE 'cost:declaratie:{id:N}:%'");
        var product = Guid.ParseExact(cause.Split(':')[3], "N"); // cost:declaratie:{declaration}:{product}:{group}
        var lines = await denHelder.GetStringAsync($"/regio/kop-van-noord-holland/zorg/declaraties/{id}?product={product}");
        lines.ShouldContain("EP-RN1");
        lines.ShouldContain("EP-RN3");
    }

    [Fact]
    public async Task A_posting_completed_again_after_a_crash_before_its_mark_books_nothing_twice()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "14001");
        var tariff = await TariffCentsAsync(denHelder);
        var message = Jw323File.Text(Header("PC-M1", "PCD1"), [March("PC-RN1", "14001", 2, tariff), March("PC-RN2", "14001", 1, tariff)]);
        var id = (await (await SendAsync(denHelder, message)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await app.ScalarAsSuperuserAsync<long>($"WITH u AS (UPDATE care.declarations SET posted_at = NULL WHERE id = '{id}' RETURNING 1) SELECT count(*) FROM u")).ShouldBe(1);

        var again = await SendAsync(denHelder, message); // a replay completes what is not marked posted

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LedgerAsync(id)).ShouldBe((1L, 3 * tariff / 100m));
        (await app.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM care.declarations WHERE id = '{id}' AND posted_at IS NOT NULL")).ShouldBe(1);
    }

    private async Task<(long Entries, decimal Amount)> LedgerAsync(Guid declarationId)
    {
        var count = await app.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM finance.journal_entries WHERE idempotency_key LIKE 'cost:declaratie:{declarationId:N}:%'");
        var amount = await app.ScalarAsSuperuserAsync<decimal>(
            "SELECT coalesce(sum(p.amount), 0) FROM finance.postings p JOIN finance.journal_entries e ON e.id = p.entry_id "
            + $"WHERE e.idempotency_key LIKE 'cost:declaratie:{declarationId:N}:%' AND p.account <> 'crediteuren'");
        return (count, amount);
    }

    private static async Task<string[]> CodesAsync(HttpClient client, HttpResponseMessage sent)
    {
        var body = await sent.Content.ReadFromJsonAsync<JsonElement>();
        body.TryGetProperty("id", out var id).ShouldBeTrue(body.ToString());
        return await CodesAsync(client, id.GetGuid());
    }

    private static async Task<string[]> CodesAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"{DeclarationsApi}/{id}/lines")).EnumerateArray()
            .Select(l => string.Join(' ', l.GetProperty("retourCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()))).ToArray();

    private static async Task<List<Guid>> DueAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"{DeclarationsApi}/answers-due")).EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();

    private static void Validate(string xml, string xsd)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        var folder = Path.Combine(RepositoryPaths.Root, "modules", "Jeugd", "Regional.Jeugd", "Messages");
        schemas.Add(null, Path.Combine(folder, "basisschema.xsd"));
        schemas.Add(null, Path.Combine(folder, xsd));
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => throw new XmlSchemaValidationException(e.Message);
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }
    }
}

/// <summary>The host with a tighter import limit (100 MB), so the 200 MB file is refused by it.</summary>
public sealed class DeclarationAppFixture : AppFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Regional:Imports:MaxFileMegabytes"] = "100" };
}
