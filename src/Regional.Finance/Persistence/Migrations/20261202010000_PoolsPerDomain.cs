using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>Pools per domain; a posted settlement run unique per pool and sequence.</summary>
[DbContext(typeof(FinanceDbContext))]
[Migration("20261202010000_PoolsPerDomain")]
public sealed class PoolsPerDomain : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(PoolsPerDomain).Assembly, "20261202010000_PoolsPerDomain.sql"));
    }
}
