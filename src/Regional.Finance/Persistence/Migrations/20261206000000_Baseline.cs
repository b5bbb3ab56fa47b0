using Microsoft.EntityFrameworkCore.Migrations;

namespace Regional.Finance.Persistence.Migrations;

/// <summary>
/// Changes nothing: it records the model that the hand-written migrations before it built (the first snapshot by
/// dotnet ef). Later migrations are generated (dotnet ef migrations add, see docs/architecture.md).
/// </summary>
public sealed partial class Baseline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
    }
}
