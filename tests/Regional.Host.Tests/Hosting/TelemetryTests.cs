using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text;
using Regional.TestSupport;

namespace Regional.Host.Tests.Hosting;

/// <summary>
/// A request to a host with OTEL_EXPORTER_OTLP_ENDPOINT set reaches an OTLP receiver as spans of
/// ASP.NET Core, Npgsql and Orleans (the grain call that posts a cost). The receiver is a local HTTP listener
/// that keeps what it is sent.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime, IDisposable
{
    private readonly HttpListener receiver = new();
    private readonly List<byte[]> traces = [];
    private readonly TelemetryAppFixture app = new();

    public async Task InitializeAsync()
    {
        var port = FreePort();
        receiver.Prefixes.Add($"http://127.0.0.1:{port}/");
        receiver.Start();
        _ = ReceiveAsync();
        app.Endpoint = $"http://127.0.0.1:{port}";
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        receiver.Close();
        await app.DisposeAsync();
    }

    public void Dispose() => ((IDisposable)receiver).Dispose();

    [Fact]
    public async Task Requests_produce_ASP_NET_Core_Npgsql_and_grain_call_spans_exported_over_OTLP()
    {
        using (var client = await app.SignedInClientAsync("inkoper.rigg"))
        {
            (await client.GetAsync("/api/regions/rigg")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var controller = await app.SignedInClientAsync("controller.knh"))
        {
            var products = await controller.GetFromJsonAsync<JsonElement>("/api/regions/kop-van-noord-holland/purchasing/products");
            var product = products.EnumerateArray().First(p => p.GetProperty("code").GetString() == "KNH-JGD-DB").GetProperty("id").GetGuid();
            (await controller.PostAsJsonAsync("/api/regions/kop-van-noord-holland/finance/costs", new
            {
                municipalityCbsCode = "GM0400", productId = product, day = "2019-05-31", amount = 10m, sourceKey = "telemetry:1",
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        await app.StopHostAsync(); // flushes the exporter

        var exported = Encoding.UTF8.GetString(traces.SelectMany(t => t).ToArray());
        exported.ShouldContain("Microsoft.AspNetCore");
        exported.ShouldContain("Npgsql");
        exported.ShouldContain("http.route");
        exported.ShouldContain("/api/regions/{region}");
        exported.ShouldContain("FROM kernel.region_memberships");
        exported.ShouldContain("Microsoft.Orleans.Application");
        exported.ShouldContain("IMoneyOwnerGrain/PostAsync");
    }

    private async Task ReceiveAsync()
    {
        while (receiver.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await receiver.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (context.Request.Url!.AbsolutePath == "/v1/traces")
            {
                lock (traces)
                {
                    traces.Add(body.ToArray());
                }
            }

            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class TelemetryAppFixture : AppFixture
    {
        public string Endpoint { get; set; } = "";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        };
    }
}
