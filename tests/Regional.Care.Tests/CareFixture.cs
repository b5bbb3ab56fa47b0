using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Regional.Finance;
using Regional.Jeugd;
using Regional.Kernel.Privacy;
using Regional.Participatie;
using Regional.Purchasing;
using Regional.TestSupport;
using Regional.Wmo;

namespace Regional.Care.Tests;

/// <summary>
/// Care on its own (<see cref="ModuleFixture"/>): with finance, which books its costs (on a one-silo cluster), purchasing
/// and the domain modules it builds on, and Care's demo toewijzingen and declarations received through its importer.
/// BSNs are protected as on the platform, by the kernel's protector; only where its keys live differs: Data Protection's
/// keys and the hash key are kept in memory for the test run, not in the host's key ring (which has tests of its own).
/// </summary>
public sealed class CareFixture : ModuleFixture
{
    protected override IServiceCollection AddModule(IServiceCollection services)
    {
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        return services.AddSingleton<IPlatformSecrets, SecretsOfThisRun>()
            .AddJeugdModule().AddWmoModule().AddParticipatieModule().AddPurchasingModule().AddFinanceModule().AddCareModule();
    }

    protected override void ConfigureHost(IHostApplicationBuilder builder) => AddSilo(builder);

    private sealed class SecretsOfThisRun : IPlatformSecrets
    {
        private readonly ConcurrentDictionary<string, byte[]> secrets = new();

        public byte[] GetOrCreate(string name, int bytes) => secrets.GetOrAdd(name, _ => RandomNumberGenerator.GetBytes(bytes));
    }
}
