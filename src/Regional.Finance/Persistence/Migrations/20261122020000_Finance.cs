using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>The finance schema, as reviewed SQL beside this file; the schema test proves it matches the model.</summary>
[DbContext(typeof(FinanceDbContext))]
[Migration("20261122020000_Finance")]
public sealed class Finance : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(Finance).Assembly, "20261122020000_Finance.sql"));
    }
}
