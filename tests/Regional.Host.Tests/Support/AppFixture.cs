using Microsoft.AspNetCore.Http.Features;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Regional.Host.Hosting;
using Regional.Kernel.Tenancy;
using Regional.TestSupport;

namespace Regional.Host.Tests;

/// <summary>
/// The real host (Kestrel on a free loopback port, the real pipeline) against a fresh test database,
/// for one test class. HTTP and browser tests talk to it like a user would.
/// </summary>
public class AppFixture : DemoDatabaseFixture
{
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    /// <summary>Extra configuration for this fixture's host, e.g. a tighter sign-in limit.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (app, _) = await RegionalApp.BuildAsync(
            [], b => TestConfiguration.Apply(b, AppConnectionString, OwnerConnectionString, Settings), RepositoryPaths.HostContentRoot);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);
    }

    public override async Task DisposeAsync()
    {
        await StopHostAsync();
        await base.DisposeAsync();
    }

    /// <summary>Stops the host as an operator would (hosted services flush on the way out).</summary>
    public async Task StopHostAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }
    }

    /// <summary>Runs service-level work as background work would: in a fresh scope, inside a region's tenant scope (all members).</summary>
    public Task<T> InRegionAsync<T>(string regionCode, Func<IServiceProvider, Task<T>> work) => RegionWork.RunAsync(Services, regionCode, work);

    /// <summary>A client as the site's own pages are: it sends this site's Origin, as browsers do on every POST.</summary>
    public HttpClient CreateClient()
    {
        var client = CreateClientWithoutOrigin();
        client.DefaultRequestHeaders.Add("Origin", BaseAddress.GetLeftPart(UriPartial.Authority));
        return client;
    }

    /// <summary>A client that says nothing of where it comes from, as a script on another site or a bare machine client.</summary>
    public HttpClient CreateClientWithoutOrigin() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>A client signed in through the API as one of the demo users.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password = TestPasswords.For(userName) });
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }
}
