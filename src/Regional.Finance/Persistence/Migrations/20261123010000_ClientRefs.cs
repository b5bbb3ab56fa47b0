using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>Client pseudonyms on cost postings.</summary>
[DbContext(typeof(FinanceDbContext))]
[Migration("20261123010000_ClientRefs")]
public sealed class ClientRefs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(ClientRefs).Assembly, "20261123010000_ClientRefs.sql"));
    }
}
