using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Regional.Host.Telemetry;

/// <summary>
/// OpenTelemetry from the ecosystem's own packages: ASP.NET Core, HttpClient and runtime instrumentation, Npgsql's
/// and Orleans' sources and meters (grain calls as spans under the HTTP request: the silo propagates the trace),
/// and the platform's own <c>Regional.*</c>. Exports OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise
/// nothing is collected or sent anywhere.
/// </summary>
internal static class TelemetrySetup
{
    private static readonly string[] Sources = ["Npgsql", "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Regional.*"];

    private static readonly string[] Meters = ["Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting", "Npgsql", "Microsoft.Orleans", "Regional.*"];

    public static WebApplicationBuilder AddRegionalTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HostTelemetry>();
        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        // Read from configuration (environment variables included) rather than by the SDK from the
        // environment alone, so that tests can point one host at a receiver of their own.
        var protocol = builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "regional"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(Sources))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation().AddMeter(Meters))
            .UseOtlpExporter(protocol, new Uri(endpoint));
        return builder;
    }
}
