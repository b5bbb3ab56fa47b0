using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence.Migrations;

/// <summary>Care: the volume accepted per toewijzing kept as a running total by the database, for the TR322 check.</summary>
[DbContext(typeof(CareDbContext))]
[Migration("20261205000000_AssignmentVolumes")]
public sealed class AssignmentVolumes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(AssignmentVolumes).Assembly, "20261205000000_AssignmentVolumes.sql"));
    }
}
