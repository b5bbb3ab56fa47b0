using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence.Migrations;

/// <summary>Care: assignments.</summary>
[DbContext(typeof(CareDbContext))]
[Migration("20261123060000_Care")]
public sealed class CareSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(CareSchema).Assembly, "20261123060000_Care.sql"));
    }
}
