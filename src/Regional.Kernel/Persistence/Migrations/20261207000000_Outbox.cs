using Microsoft.EntityFrameworkCore.Migrations;

namespace Regional.Kernel.Persistence.Migrations;

/// <summary>The outbox of integration events between modules (generated; the policies and functions in its SQL).</summary>
public sealed partial class Outbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "outbox_messages",
            schema: "kernel",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                region_id = table.Column<Guid>(type: "uuid", nullable: false),
                name = table.Column<string>(type: "text", nullable: false),
                payload = table.Column<string>(type: "jsonb", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                attempts = table.Column<int>(type: "integer", nullable: false),
                lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                last_error = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_outbox_messages", x => x.id));

        migrationBuilder.CreateIndex(
            name: "ix_outbox_messages_waiting",
            schema: "kernel",
            table: "outbox_messages",
            column: "created_at",
            filter: "delivered_at IS NULL");

        migrationBuilder.Sql(MigrationScript.Read(typeof(Outbox).Assembly, "20261207000000_Outbox.sql"));
    }
}
