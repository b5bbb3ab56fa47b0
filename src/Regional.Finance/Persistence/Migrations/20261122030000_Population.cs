using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>Population figures for keys by inhabitants.</summary>
[DbContext(typeof(FinanceDbContext))]
[Migration("20261122030000_Population")]
public sealed class Population : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(Population).Assembly, "20261122030000_Population.sql"));
    }
}
