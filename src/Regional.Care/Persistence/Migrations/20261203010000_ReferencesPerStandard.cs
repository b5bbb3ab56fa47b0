using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence.Migrations;

/// <summary>Care: a declaration line's reference number is unique per message standard (JW323, WMO323) and provider.</summary>
[DbContext(typeof(CareDbContext))]
[Migration("20261203010000_ReferencesPerStandard")]
public sealed class ReferencesPerStandard : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(ReferencesPerStandard).Assembly, "20261203010000_ReferencesPerStandard.sql"));
    }
}
