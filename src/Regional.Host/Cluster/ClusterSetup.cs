using System.Net;
using Npgsql;
using Orleans.Configuration;
using Regional.Host.Database;
using Regional.Host.Hosting;
using Regional.Kernel.Persistence;

namespace Regional.Host.Cluster;

/// <summary>
/// Every host process is an Orleans silo. Membership lives in the platform's PostgreSQL (schema <c>orleans</c>),
/// so all replicas on one database form one cluster with nothing else to run. Failure detection is tightened
/// from Orleans' defaults so that the grains of a lost silo come back on another within seconds.
/// </summary>
internal static class ClusterSetup
{
    public static WebApplicationBuilder AddRegionalCluster(this WebApplicationBuilder builder, DatabaseConnections connections)
    {
        var configuration = builder.Configuration;
        builder.Services.AddMigrationTarget<ClusterDbContext>(ClusterDbContext.Schema);
        builder.Services.AddExceptionHandler<ClusterUnavailableHandler>();
        builder.Services.AddSingleton<ClusterOverview>();
        var membership = new NpgsqlConnectionStringBuilder(connections.App) { SearchPath = ClusterDbContext.Schema, ApplicationName = "regional-cluster" };
        var address = IPAddress.Parse(configuration["Regional:Cluster:AdvertisedAddress"] ?? IPAddress.Loopback.ToString());
        var siloPort = configuration.GetValue<int?>("Regional:Cluster:SiloPort") ?? LoopbackPorts.Free();
        var gatewayPort = configuration.GetValue<int?>("Regional:Cluster:GatewayPort") ?? LoopbackPorts.Free();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = configuration["Regional:Cluster:Id"] ?? "regional";
                o.ServiceId = "regional";
            });
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = membership.ConnectionString;
            });
            silo.ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: address.Equals(IPAddress.Any));
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                // Defaults (5 s probes, 3 misses) took 8-13 s to declare a killed silo dead; these take 2-4 s.
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
                o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
            });
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(30));
            silo.AddActivityPropagation();
        });
        return builder;
    }
}
