using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regional.TestSupport;

namespace Regional.Host.Tests.Api;

public sealed class PlatformEndpointTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Health_endpoints_answer_without_signing_in_and_ready_checks_the_database()
    {
        using var client = app.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_region_endpoints()
    {
        using var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/regions/{region}/access-teams", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/session", out _).ShouldBeTrue();
    }

    [Fact]
    public void Every_endpoint_names_an_authorization_policy_or_is_explicitly_anonymous()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var unguarded = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        unguarded.ShouldBeEmpty();
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/inloggen");

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }
}
