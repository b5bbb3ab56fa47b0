using Regional.Host.Database;

namespace Regional.Host.Hosting;

/// <summary>
/// What <c>serve</c> does before it listens. The private development database is always migrated and
/// seeded; a configured database only when asked (<c>Regional:MigrateOnStart</c>, <c>Regional:SeedDemoData</c>),
/// and migrations by default in Development.
/// </summary>
internal sealed record RegionalSettings(bool MigrateOnStart, bool SeedDemoData)
{
    public static RegionalSettings From(IConfiguration configuration, IHostEnvironment environment, DatabaseConnections connections)
    {
        var local = connections.LocalServer is not null;
        return new RegionalSettings(
            configuration.GetValue("Regional:MigrateOnStart", local || environment.IsDevelopment()),
            configuration.GetValue("Regional:SeedDemoData", local));
    }
}
