using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Persistence.Migrations;

/// <summary>Monitoring: KPIs, reports, indicators, development goals.</summary>
[DbContext(typeof(MonitoringDbContext))]
[Migration("20261123040000_Monitoring")]
public sealed class MonitoringSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(MonitoringSchema).Assembly, "20261123040000_Monitoring.sql"));
    }
}
