using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Host.Cluster.Migrations;

/// <summary>The Orleans membership tables (vendored scripts, see Cluster/Vendored/README.md) in their own schema, usable by the app role.</summary>
[DbContext(typeof(ClusterDbContext))]
[Migration("20261202000000_Cluster")]
internal sealed class ClusterTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var assembly = typeof(ClusterTables).Assembly;
        migrationBuilder.Sql($"""
            CREATE SCHEMA IF NOT EXISTS {ClusterDbContext.Schema};
            SET LOCAL search_path TO {ClusterDbContext.Schema};
            {MigrationScript.Read(assembly, "PostgreSQL-Main.sql")}
            {MigrationScript.Read(assembly, "PostgreSQL-Clustering.sql")}
            RESET search_path;
            GRANT USAGE ON SCHEMA {ClusterDbContext.Schema} TO regional_app;
            GRANT SELECT ON {ClusterDbContext.Schema}.orleansquery TO regional_app;
            GRANT SELECT, INSERT, UPDATE, DELETE ON {ClusterDbContext.Schema}.orleansmembershiptable, {ClusterDbContext.Schema}.orleansmembershipversiontable TO regional_app;
            """);
    }
}
