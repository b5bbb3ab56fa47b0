using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence.Migrations;

/// <summary>Care: room on every page of the running volumes, so each month's update stays on its page (see the SQL).</summary>
public sealed partial class VolumesUpdatedInPlace : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(VolumesUpdatedInPlace).Assembly, "20261208000000_VolumesUpdatedInPlace.sql"));
    }
}
