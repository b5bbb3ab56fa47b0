using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Persistence.Migrations;

/// <summary>Care: an import job is read only by users who see every municipality it was submitted for.</summary>
[DbContext(typeof(CareDbContext))]
[Migration("20261203000000_JobsPerMember")]
public sealed class JobsPerMember : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScript.Read(typeof(JobsPerMember).Assembly, "20261203000000_JobsPerMember.sql"));
    }
}
