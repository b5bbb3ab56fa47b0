using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Persistence.Migrations;

/// <summary>The purchasing schema, as reviewed SQL beside this file; the schema test proves it matches the model.</summary>
[DbContext(typeof(PurchasingDbContext))]
[Migration("20261122010000_Purchasing")]
public sealed class Purchasing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(Purchasing).Assembly, "20261122010000_Purchasing.sql"));
    }
}
