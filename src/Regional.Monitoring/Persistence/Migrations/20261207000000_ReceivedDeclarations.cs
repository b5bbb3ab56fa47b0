using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Persistence.Migrations;

/// <summary>Monitoring's tally of received declarations, kept from Care's events, for the timeliness KPI (generated; policy added).</summary>
public sealed partial class ReceivedDeclarations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "received_declarations",
            schema: "monitoring",
            columns: table => new
            {
                declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                region_id = table.Column<Guid>(type: "uuid", nullable: false),
                provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                period_start = table.Column<DateOnly>(type: "date", nullable: false),
                period_end = table.Column<DateOnly>(type: "date", nullable: false),
                late = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_received_declarations", x => x.declaration_id));

        migrationBuilder.CreateIndex(
            name: "ix_received_declarations_region_id_provider_id_period_start",
            schema: "monitoring",
            table: "received_declarations",
            columns: ["region_id", "provider_id", "period_start"]);

        migrationBuilder.Sql("SELECT kernel.enable_tenant_isolation('monitoring.received_declarations', 'SELECT, INSERT');");
    }
}
