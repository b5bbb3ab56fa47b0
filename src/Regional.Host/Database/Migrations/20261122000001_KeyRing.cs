using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Regional.Kernel.Persistence;

namespace Regional.Host.Database.Migrations;

[DbContext(typeof(KeyRingDbContext))]
[Migration("20261122000001_KeyRing")]
public sealed class KeyRing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        const string schema = KeyRingDbContext.Schema;
        migrationBuilder.EnsureSchema(schema);
        migrationBuilder.CreateTable("data_protection_keys", schema: schema, columns: t => new
        {
            id = t.Column<int>("integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            friendly_name = t.Column<string>("text", nullable: true),
            xml = t.Column<string>("text", nullable: true),
        }, constraints: t => t.PrimaryKey("pk_data_protection_keys", x => x.id));
        migrationBuilder.Sql(RowLevelSecurity.GrantSchema(schema));
        migrationBuilder.Sql(RowLevelSecurity.GrantReadWrite("keyring.data_protection_keys"));
    }
}
