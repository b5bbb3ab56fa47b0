using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>Commitments per municipality, domain and year.</summary>
[DbContext(typeof(FinanceDbContext))]
[Migration("20261123070000_Commitments")]
public sealed class CommitmentsTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(CommitmentsTable).Assembly, "20261123070000_Commitments.sql"));
    }
}
