using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>Budgets and their amendments.</summary>
[DbContext(typeof(FinanceDbContext))]
[Migration("20261122040000_Budgets")]
public sealed class Budgets : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(Budgets).Assembly, "20261122040000_Budgets.sql"));
    }
}
