using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>The clients of each product group, year and municipality, for keys by number of clients (generated; isolation and back-fill in its SQL).</summary>
public sealed partial class CostClients : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "cost_clients",
            schema: "finance",
            columns: table => new
            {
                region_id = table.Column<Guid>(type: "uuid", nullable: false),
                product_group = table.Column<string>(type: "text", nullable: false),
                year = table.Column<int>(type: "integer", nullable: false),
                municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                client_ref = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_cost_clients", x => new { x.region_id, x.product_group, x.year, x.municipality_id, x.client_ref }));

        migrationBuilder.Sql(MigrationScript.Read(typeof(CostClients).Assembly, "20261208000000_CostClients.sql"));
    }
}
