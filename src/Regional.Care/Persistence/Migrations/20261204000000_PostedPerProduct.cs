using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence.Migrations;

/// <summary>Care: declarations are booked per product and group of lines; an upgrade waits for any half-posted declaration of the previous version.</summary>
[DbContext(typeof(CareDbContext))]
[Migration("20261204000000_PostedPerProduct")]
public sealed class PostedPerProduct : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(PostedPerProduct).Assembly, "20261204000000_PostedPerProduct.sql"));
    }
}
