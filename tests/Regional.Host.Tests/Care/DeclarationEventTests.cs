using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regional.Care.Demo;
using Regional.TestSupport;
using static Regional.Host.Tests.Care.KnhCare;

namespace Regional.Host.Tests.Care;

/// <summary>
/// Care tells Monitoring of each declaration through the outbox: the event exists exactly when the declaration does,
/// reaches the provider's timeliness KPI after the commit, changes nothing when delivered again, and an event that
/// cannot be handled is kept with its error while the others go on; one given up turns the operators' check unhealthy.
/// </summary>
public sealed class DeclarationEventTests(DeclarationAppFixture app) : IClassFixture<DeclarationAppFixture>
{
    private const string MayKpi = "SELECT count(*) FROM monitoring.kpi_measurements WHERE kpi_code = 'tijdig-gedeclareerd' AND period_start = '2023-05-01'";

    [Fact]
    public async Task A_declaration_reaches_the_timeliness_KPI_by_its_event_and_the_same_event_again_changes_nothing()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "93001");
        var id = await SendMayAsync(denHelder, "EV-M1", "93001");
        var events = $"SELECT count(*) FROM kernel.outbox_messages WHERE name = 'DeclarationReceived' AND payload->>'declarationId' = '{id}'";
        (await app.ScalarAsSuperuserAsync<long>(events)).ShouldBe(1);
        (await app.ScalarEventuallyAsync<long>(MayKpi, n => n > 0)).ShouldBe(1);
        var delivered = $"SELECT count(*) FROM kernel.outbox_messages WHERE payload->>'declarationId' = '{id}' AND delivered_at IS NOT NULL";
        (await app.ScalarEventuallyAsync<long>(delivered, n => n == 1)).ShouldBe(1);
        var value = await app.ScalarAsSuperuserAsync<decimal>(MayKpi.Replace("count(*)", "max(value)", StringComparison.Ordinal));

        await app.ScalarAsSuperuserAsync<string>(
            $"UPDATE kernel.outbox_messages SET delivered_at = NULL, lease_until = NULL WHERE payload->>'declarationId' = '{id}'; SELECT pg_notify('kernel_outbox', '')");
        (await app.ScalarEventuallyAsync<long>(delivered, n => n == 1)).ShouldBe(1);

        (await app.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM monitoring.received_declarations WHERE declaration_id = '{id}'")).ShouldBe(1);
        (await app.ScalarAsSuperuserAsync<long>(MayKpi)).ShouldBe(1);
        (await app.ScalarAsSuperuserAsync<decimal>(MayKpi.Replace("count(*)", "max(value)", StringComparison.Ordinal))).ShouldBe(value);
    }

    [Fact]
    public async Task A_refused_file_tells_no_one()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        var before = await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM kernel.outbox_messages");
        var response = await SendAsync(denHelder, Jw323File.Text(Header("EV-REFUSED", "EVR1", total: 1), [March("EV-R1", "93002", 1, 100)])); // the total does not add up
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await app.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM kernel.outbox_messages")).ShouldBe(before);
    }

    [Fact]
    public async Task An_event_its_subscriber_cannot_take_is_kept_with_its_error_while_the_next_is_delivered()
    {
        var broken = Guid.CreateVersion7();
        await app.ScalarAsSuperuserAsync<string>($"""
            INSERT INTO kernel.outbox_messages (id, region_id, name, payload, created_at, attempts)
            SELECT '{broken}', id, 'DeclarationReceived', '[]', now(), 0 FROM kernel.regions WHERE code = 'kop-van-noord-holland';
            SELECT pg_notify('kernel_outbox', '')
            """);
        var failed = $"SELECT count(*) FROM kernel.outbox_messages WHERE id = '{broken}' AND attempts >= 1 AND last_error IS NOT NULL AND delivered_at IS NULL";
        (await app.ScalarEventuallyAsync<long>(failed, n => n == 1)).ShouldBe(1);

        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "93003");
        var id = await SendMayAsync(denHelder, "EV-M3", "93003");
        (await app.ScalarEventuallyAsync<long>($"SELECT count(*) FROM monitoring.received_declarations WHERE declaration_id = '{id}'", n => n == 1)).ShouldBe(1);
        (await app.ScalarAsSuperuserAsync<string>($"SELECT last_error FROM kernel.outbox_messages WHERE id = '{broken}'")).ShouldContain("JsonException");
    }

    [Fact]
    public async Task An_event_given_up_after_its_last_attempt_turns_the_outbox_health_check_unhealthy()
    {
        using var client = app.CreateClient();
        var before = await client.GetAsync("/health/outbox");

        await app.ExecuteAsSuperuserAsync("""
            INSERT INTO kernel.outbox_messages (id, region_id, name, payload, created_at, attempts, last_error)
            SELECT gen_random_uuid(), id, 'DeclarationReceived', '{}', now(), 10, 'given up' FROM kernel.regions WHERE code = 'kop-van-noord-holland'
            """);
        var after = await client.GetAsync("/health/outbox");

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await after.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
    }

    /// <summary>A May 2023 declaration of one prestatie on the assignment; returns its id.</summary>
    private static async Task<Guid> SendMayAsync(HttpClient client, string messageId, string assignment)
    {
        var tariff = await TariffCentsAsync(client);
        var (may, end) = (new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 31));
        var response = await SendAsync(client, Jw323File.Text(new Jw323Header(Agb, DenHelder, messageId, messageId.Replace("-", "", StringComparison.Ordinal) + "D", may, end, null),
            [new Jw323Prestatie(Client, messageId + "-1", assignment, "45", "45A04", may, end, 2, "04", tariff, 2 * tariff)]));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
