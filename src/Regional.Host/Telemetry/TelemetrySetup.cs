using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Regional.Host.Telemetry;

/// <summary>
/// OpenTelemetry with the core SDK only (the instrumentation packages do not restore here): ASP.NET
/// Core and Npgsql publish their own ActivitySources and Meters, which we subscribe to by name.
/// Exports OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise nothing is sent anywhere.
/// </summary>
internal static class TelemetrySetup
{
    public static readonly string[] Sources = ["Microsoft.AspNetCore", "Npgsql", "Regional.*"];

    public static readonly string[] Meters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting", "Npgsql", "Regional.*"];

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
        builder.Services.AddSingleton(provider => OpenTelemetrySdk.Create(otel => otel
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "regional"))
            .WithTracing(t => t.AddSource(Sources))
            .WithMetrics(m => m.AddMeter(Meters))
            .UseOtlpExporter(protocol, new Uri(endpoint))));
        builder.Services.AddHostedService<TelemetryLifetime>();
        return builder;
    }

    /// <summary>Starts the SDK with the host and flushes it on shutdown.</summary>
    private sealed class TelemetryLifetime(OpenTelemetrySdk sdk) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            sdk.TracerProvider.ForceFlush(5000);
            sdk.MeterProvider.ForceFlush(5000);
            sdk.Dispose();
            return Task.CompletedTask;
        }
    }
}
