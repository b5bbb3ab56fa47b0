using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence.Migrations;

/// <summary>Care: finding declarations whose posting to finance did not complete, across regions.</summary>
[DbContext(typeof(CareDbContext))]
[Migration("20261202030000_PostingSweep")]
public sealed class PostingSweep : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(PostingSweep).Assembly, "20261202030000_PostingSweep.sql"));
    }
}
