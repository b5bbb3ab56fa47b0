using System.Net;
using System.Text;
using Regional.TestSupport;

namespace Regional.Host.Tests.Hosting;

/// <summary>
/// A request to a host with OTEL_EXPORTER_OTLP_ENDPOINT set reaches an OTLP receiver as spans of
/// ASP.NET Core and Npgsql. The receiver is a local HTTP listener that keeps what it is sent.
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
    public async Task A_request_produces_ASP_NET_Core_and_Npgsql_spans_exported_over_OTLP()
    {
        using (var client = await app.SignedInClientAsync("inkoper.rigg"))
        {
            (await client.GetAsync("/api/regions/rigg")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await app.StopHostAsync(); // flushes the exporter

        var exported = Encoding.UTF8.GetString(traces.SelectMany(t => t).ToArray());
        exported.ShouldContain("Microsoft.AspNetCore");
        exported.ShouldContain("Npgsql");
        exported.ShouldContain("http.route");
        exported.ShouldContain("/api/regions/{region}");
        exported.ShouldContain("FROM kernel.region_memberships");
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
