using Regional.Kernel.Persistence;

namespace Regional.Host.Cluster;

internal sealed class ClusterDesignTimeFactory() : DesignTimeFactory<ClusterDbContext>(ClusterDbContext.Schema);
