using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Persistence.Migrations;

/// <summary>Products name their code in the iJw/iWmo message traffic.</summary>
[DbContext(typeof(PurchasingDbContext))]
[Migration("20261202010000_ProductNationalCodes")]
public sealed class ProductNationalCodes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(ProductNationalCodes).Assembly, "20261202010000_ProductNationalCodes.sql"));
    }
}
