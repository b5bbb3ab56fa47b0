using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence.Migrations;

/// <summary>Care: declarations and their lines, the region's declaration rules, the import queue.</summary>
[DbContext(typeof(CareDbContext))]
[Migration("20261202020000_Declarations")]
public sealed class Declarations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(Declarations).Assembly, "20261202020000_Declarations.sql"));
    }
}
