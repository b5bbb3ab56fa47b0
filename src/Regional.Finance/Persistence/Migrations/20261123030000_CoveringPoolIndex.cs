using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>A covering index for settling pools.</summary>
[DbContext(typeof(FinanceDbContext))]
[Migration("20261123030000_CoveringPoolIndex")]
public sealed class CoveringPoolIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(CoveringPoolIndex).Assembly, "20261123030000_CoveringPoolIndex.sql"));
    }
}
