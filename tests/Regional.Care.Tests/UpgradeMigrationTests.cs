using Regional.TestSupport;

namespace Regional.Care.Tests;

/// <summary>
/// Databases made before a migration upgrade with their data: the migrations that fill something from what was stored
/// before (a running total, events for another module) are run on a database of Care and what it builds on, with its demo data, put back to the state
/// before them, and what they fill must match what was there.
/// </summary>
public sealed class UpgradeMigrationTests(CareFixture db) : IClassFixture<CareFixture>
{
    private const string VolumeFromLines = """
        SELECT string_agg(assignment_id || '=' || volume, ',' ORDER BY assignment_id) FROM (
            SELECT assignment_id, sum(CASE WHEN credit THEN -volume ELSE volume END) AS volume
            FROM care.declaration_lines WHERE accepted AND assignment_id IS NOT NULL GROUP BY assignment_id) AS v
        """;

    private const string VolumeKept = "SELECT string_agg(assignment_id || '=' || volume, ',' ORDER BY assignment_id) FROM care.assignment_volumes";

    [Fact]
    public async Task Upgrading_keeps_the_accepted_volume_of_every_toewijzing_that_had_declarations()
    {
        var expected = await db.ScalarAsSuperuserAsync<string>(VolumeFromLines);
        expected.ShouldNotBeNullOrEmpty();
        await db.ExecuteAsSuperuserAsync("""
            DROP TRIGGER declaration_lines_add_assignment_volumes ON care.declaration_lines;
            DROP FUNCTION care.add_assignment_volumes();
            DROP TABLE care.assignment_volumes;
            CREATE INDEX ix_declaration_lines_region_id_assignment_id ON care.declaration_lines (region_id, assignment_id);
            DELETE FROM care.__ef_migrations_history WHERE "MigrationId" >= '20261205000000';
            DELETE FROM kernel.outbox_messages;
            """);

        await db.MigrateSchemaAsync("care", s => s.AddCareModule());

        (await db.ScalarAsSuperuserAsync<string>(VolumeKept)).ShouldBe(expected);
    }

    [Fact]
    public async Task Upgrading_tells_monitoring_once_of_every_declaration_received_before()
    {
        await db.ExecuteAsSuperuserAsync("""
            DELETE FROM care.__ef_migrations_history WHERE "MigrationId" >= '20261207000000';
            DELETE FROM kernel.outbox_messages;
            """);

        await db.MigrateSchemaAsync("care", s => s.AddCareModule());

        var declarations = await db.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM care.declarations");
        declarations.ShouldBeGreaterThan(0);
        (await db.ScalarAsSuperuserAsync<long>("""
            SELECT count(DISTINCT d.id) FROM care.declarations d JOIN kernel.outbox_messages m
            ON m.name = 'DeclarationReceived' AND m.region_id = d.region_id AND (m.payload ->> 'declarationId')::uuid = d.id
            AND (m.payload ->> 'providerId')::uuid = d.provider_id AND (m.payload ->> 'late')::boolean = d.late
            """)).ShouldBe(declarations);
        (await db.ScalarAsSuperuserAsync<long>("SELECT count(*) FROM kernel.outbox_messages")).ShouldBe(declarations);
    }
}
