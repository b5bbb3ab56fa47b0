using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Host.Database.Migrations;

/// <summary>The platform's own secrets (e.g. the BSN hash key), encrypted by Data Protection.</summary>
[DbContext(typeof(KeyRingDbContext))]
[Migration("20261123050000_KeyRingSecrets")]
public sealed class SecretsTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable("secrets", schema: KeyRingDbContext.Schema, columns: t => new
        {
            name = t.Column<string>("text"),
            protected_value = t.Column<string>("text"),
        }, constraints: t => t.PrimaryKey("pk_secrets", x => x.name));
        migrationBuilder.Sql(RowLevelSecurity.GrantAppendOnly("keyring.secrets"));
    }
}
