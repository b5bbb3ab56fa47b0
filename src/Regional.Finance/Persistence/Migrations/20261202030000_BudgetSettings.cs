using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>The region's budget signal.</summary>
[DbContext(typeof(FinanceDbContext))]
[Migration("20261202030000_BudgetSettings")]
public sealed class BudgetSettingsTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(BudgetSettingsTable).Assembly, "20261202030000_BudgetSettings.sql"));
    }
}
