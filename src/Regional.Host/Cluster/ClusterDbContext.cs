using Microsoft.EntityFrameworkCore;

namespace Regional.Host.Cluster;

/// <summary>
/// Carries the migrations of the schema <c>orleans</c>: the cluster's membership tables and queries, which
/// only the Orleans clustering provider reads and writes (no EF model of its own).
/// </summary>
internal sealed class ClusterDbContext(DbContextOptions<ClusterDbContext> options) : DbContext(options)
{
    public const string Schema = "orleans";
}
