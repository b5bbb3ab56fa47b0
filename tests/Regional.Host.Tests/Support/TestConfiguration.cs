using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Regional.Host.Tests;

/// <summary>Points a host under test at a test database, on a free loopback port.</summary>
public static class TestConfiguration
{
    /// <summary>The key ring's key for this test run: every host and host process of the run shares it, nothing keeps it.</summary>
    public static readonly string KeyRingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static void Apply(WebApplicationBuilder builder, string app, string owner, IDictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Regional"] = app,
            ["ConnectionStrings:RegionalOwner"] = owner,
            ["Regional:MigrateOnStart"] = "false",
            ["Regional:SeedDemoData"] = "false",
            ["Regional:KeyRing:Key"] = KeyRingKey,
            ["Logging:LogLevel:Default"] = "Warning",

            // Every test signs in from 127.0.0.1; the sign-in limit has a test of its own.
            ["Regional:SignInAttemptsPerWindow"] = "100000",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
    }
}
