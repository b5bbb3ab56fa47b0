using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>
/// The client sub-ledger: each client's costs per product group, domain, year and municipality; postings are no longer
/// looked up by client (generated; isolation and back-fill in its SQL).
/// </summary>
public sealed partial class CostClients : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: "ix_postings_region_id_client_ref", schema: "finance", table: "postings");
        migrationBuilder.CreateTable(
            name: "cost_clients",
            schema: "finance",
            columns: table => new
            {
                region_id = table.Column<Guid>(type: "uuid", nullable: false),
                product_group = table.Column<string>(type: "text", nullable: false),
                domain = table.Column<string>(type: "text", nullable: false),
                year = table.Column<int>(type: "integer", nullable: false),
                municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                client_ref = table.Column<string>(type: "text", nullable: false),
                amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_cost_clients", x => new { x.region_id, x.product_group, x.domain, x.year, x.municipality_id, x.client_ref }));

        migrationBuilder.Sql(MigrationScript.Read(typeof(CostClients).Assembly, "20261208000000_CostClients.sql"));
    }
}
