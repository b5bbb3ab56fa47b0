using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence.Migrations;

/// <summary>Care: the declarations received so far are told to the other modules once, as events (see the SQL).</summary>
public sealed partial class TimelinessByEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(TimelinessByEvents).Assembly, "20261207000000_TimelinessByEvents.sql"));
    }
}
