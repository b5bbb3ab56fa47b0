using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>The balance check once per journal entry instead of once per posting.</summary>
[DbContext(typeof(FinanceDbContext))]
[Migration("20261123020000_BalanceCheckOncePerEntry")]
public sealed class BalanceCheckOncePerEntry : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(BalanceCheckOncePerEntry).Assembly, "20261123020000_BalanceCheckOncePerEntry.sql"));
    }
}
