using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Regional.Kernel.Persistence.Migrations;

/// <summary>Sessions that end at sign-out, security stamps, per-name lockout, and audit entries per member municipality.</summary>
[DbContext(typeof(KernelDbContext))]
[Migration("20261203000000_Sessions")]
public sealed class Sessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(Sessions).Assembly, "20261203000000_Sessions.sql"));
    }
}
