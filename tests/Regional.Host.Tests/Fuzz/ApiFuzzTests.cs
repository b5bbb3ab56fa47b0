using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Regional.TestSupport;

namespace Regional.Host.Tests.Fuzz;

/// <summary>
/// Walks every operation of the OpenAPI document with missing, malformed, extreme and hostile input and fails on any
/// 5xx: bad input must get a problem that names it (400/404/409/422), never an error page.
/// </summary>
public sealed class ApiFuzzTests(AppFixture app) : IClassFixture<AppFixture>
{
    // Together their roles reach every operation; each operation is fuzzed as the first of them it admits.
    private static readonly string[] Users = ["controller.knh", "inkoper.knh", "gemeente.denhelder", "beheerder"];

    // Where the ids of each kind of thing live, to send real ids of this region and of the other one.
    private static readonly Dictionary<string, string> Tables = new()
    {
        ["pools"] = "finance.pools", ["settlements"] = "finance.settlements", ["contracts"] = "purchasing.contracts",
        ["procedures"] = "purchasing.procedures", ["admissions"] = "purchasing.admissions", ["tariffs"] = "purchasing.tariffs",
        ["providers"] = "purchasing.providers", ["products"] = "purchasing.products", ["reports"] = "monitoring.contract_reports",
        ["goals"] = "monitoring.development_goals", ["actions"] = "monitoring.meeting_actions", ["indicators"] = "monitoring.indicators",
        ["assignments"] = "care.assignments", ["declarations"] = "care.declarations", ["import-jobs"] = "care.import_jobs",
    };

    [Fact]
    public async Task No_operation_answers_a_server_error_to_missing_malformed_extreme_or_hostile_input()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in Users)
        {
            clients[user] = await app.SignedInClientAsync(user);
        }

        using var anonymous = app.CreateClient();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var cases = new FuzzCases(document.RootElement.GetProperty("components").GetProperty("schemas"), await IdsAsync(), await KnownValuesAsync());
        // Signing out would end the session the other operations run in; sign-out has tests of its own.
        var operations = OpenApiOperation.Read(document).Where(o => !(o.Method == "DELETE" && o.Path == "/api/session")).ToList();
        var failures = new ConcurrentBag<string>();
        var sent = 0;

        foreach (var operation in operations)
        {
            var requests = cases.For(operation).ToList();
            var client = operation.Path == "/api/session" ? anonymous : await FirstAdmittingAsync(clients, requests[0]);
            await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, ct) =>
            {
                using var response = await SendAsync(client, request, ct);
                Interlocked.Increment(ref sent);
                if ((int)response.StatusCode >= 500)
                {
                    var body = await response.Content.ReadAsStringAsync(ct);
                    failures.Add($"{request.Method} {request.Url} [{request.Varied}] -> {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
                }
            });
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        operations.Count.ShouldBeGreaterThan(90);
        sent.ShouldBeGreaterThan(2_000);
        failures.OrderBy(f => f).ShouldBeEmpty();
    }

    private static async Task<HttpClient> FirstAdmittingAsync(Dictionary<string, HttpClient> clients, FuzzRequest wellFormed)
    {
        foreach (var client in clients.Values)
        {
            using var response = await SendAsync(client, wellFormed, CancellationToken.None);
            if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
            {
                return client;
            }
        }

        return clients.Values.First();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, FuzzRequest request, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(request.ContentType!);
        }

        return client.SendAsync(message, cancellationToken);
    }

    private async Task<Dictionary<string, (Guid, Guid)>> IdsAsync()
    {
        var ids = new Dictionary<string, (Guid, Guid)>();
        foreach (var (kind, table) in Tables)
        {
            ids[kind] = (await IdInAsync(table, "kop-van-noord-holland"), await IdInAsync(table, "rigg"));
        }

        return ids;
    }

    private async Task<Dictionary<string, string>> KnownValuesAsync()
    {
        const string knh = "(SELECT id FROM kernel.regions WHERE code = 'kop-van-noord-holland')";
        var product = await app.ScalarAsSuperuserAsync<string>($"SELECT code FROM purchasing.products WHERE region_id = {knh} ORDER BY code LIMIT 1");
        var agb = await app.ScalarAsSuperuserAsync<string>($"SELECT agb_code FROM purchasing.providers WHERE region_id = {knh} ORDER BY agb_code LIMIT 1");
        return new Dictionary<string, string>
        {
            ["municipality"] = "GM0400", ["cbsCode"] = "GM0400", ["municipalityCbsCode"] = "GM0400", ["productCode"] = product, ["code"] = product,
            ["agbCode"] = agb, ["providerAgbCode"] = agb, ["bsn"] = "999993653", ["email"] = "team@denhelder.example", ["contactEmail"] = "inkoop@aanbieder.example",
            ["kvkNumber"] = "12345678", ["period"] = "2024", ["sourceKey"] = "fuzz-" + Guid.NewGuid().ToString("N"),
        };
    }

    private Task<Guid> IdInAsync(string table, string region) => app.ScalarAsSuperuserAsync<Guid>(
        $"SELECT coalesce((SELECT t.id FROM {table} t JOIN kernel.regions r ON r.id = t.region_id WHERE r.code = '{region}' LIMIT 1), gen_random_uuid())");
}
