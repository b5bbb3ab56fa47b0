using Npgsql;
using Regional.TestSupport;

namespace Regional.Host.Tests.Security;

/// <summary>
/// Tenant isolation in the database itself: raw SQL on the app's role, without any WHERE on the
/// tenant, so that a bug in an application query could not show another region's rows either.
/// </summary>
public sealed class RowLevelSecurityTests(DemoDatabaseFixture db) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly string[] TenantTables = ["kernel.region_memberships", "kernel.access_teams", "kernel.audit_log"];

    [Fact]
    public async Task The_app_role_owns_nothing_and_cannot_bypass_row_level_security()
    {
        await using var connection = await OpenAsAppAsync();

        (await ScalarAsync<bool>(connection, "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")).ShouldBeFalse();
        (await ScalarAsync<long>(connection, "SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)")).ShouldBe(0);
    }

    [Fact]
    public async Task Every_table_with_a_region_id_has_forced_row_level_security_and_a_policy()
    {
        // role_assignments.region_id says where a user's right applies: identity, not tenant data.
        var unprotected = await db.ScalarAsSuperuserAsync<string[]>(
            """
            SELECT coalesce(array_agg(c.table_schema || '.' || c.table_name), '{}')
            FROM information_schema.columns c
            JOIN pg_namespace n ON n.nspname = c.table_schema
            JOIN pg_class t ON t.relname = c.table_name AND t.relnamespace = n.oid
            WHERE c.column_name = 'region_id' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
              AND c.table_schema || '.' || c.table_name <> 'kernel.role_assignments'
              AND NOT (t.relrowsecurity AND t.relforcerowsecurity AND EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = t.oid))
            """);
        var protectedTables = await db.ScalarAsSuperuserAsync<long>(
            "SELECT count(*) FROM pg_class WHERE relrowsecurity AND relforcerowsecurity");

        unprotected.ShouldBeEmpty();
        protectedTables.ShouldBeGreaterThanOrEqualTo(TenantTables.Length + 13);
    }

    [Theory]
    [InlineData("kernel.region_memberships")]
    [InlineData("kernel.access_teams")]
    [InlineData("kernel.audit_log")]
    [InlineData("purchasing.products")]
    [InlineData("purchasing.tariffs")]
    [InlineData("purchasing.solidarity_decisions")]
    [InlineData("purchasing.contracts")]
    public async Task Without_a_tenant_the_app_role_sees_no_rows_at_all(string table)
    {
        (await db.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM {table}")).ShouldBeGreaterThan(0);
        await using var connection = await OpenAsAppAsync();

        (await ScalarAsync<long>(connection, $"SELECT count(*) FROM {table}")).ShouldBe(0);
    }

    [Theory]
    [InlineData("kernel.region_memberships")]
    [InlineData("kernel.audit_log")]
    [InlineData("purchasing.products")]
    [InlineData("purchasing.solidarity_decisions")]
    public async Task With_region_A_as_tenant_no_row_of_region_B_is_visible_even_without_a_where(string table)
    {
        var (rigg, knh) = (await RegionIdAsync("rigg"), await RegionIdAsync("kop-van-noord-holland"));
        await using var connection = await OpenAsAppAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await DatabaseFixture.SetTenantAsync(connection, rigg, await AllMunicipalityIdsAsync());

        var regions = await ScalarAsync<Guid[]>(connection, $"SELECT coalesce(array_agg(DISTINCT region_id), '{{}}') FROM {table}");

        regions.ShouldBe([rigg]);
        regions.ShouldNotContain(knh);
    }

    [Fact]
    public async Task A_municipality_scope_sees_only_its_own_access_teams()
    {
        var rigg = await RegionIdAsync("rigg");
        var groningen = await db.ScalarAsSuperuserAsync<Guid>("SELECT id FROM kernel.municipalities WHERE cbs_code = 'GM0014'");
        (await db.ScalarAsSuperuserAsync<long>($"SELECT count(DISTINCT municipality_id) FROM kernel.access_teams WHERE region_id = '{rigg}'")).ShouldBeGreaterThan(1);
        await using var connection = await OpenAsAppAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await DatabaseFixture.SetTenantAsync(connection, rigg, [groningen]);

        var owners = await ScalarAsync<Guid[]>(connection, "SELECT array_agg(DISTINCT municipality_id) FROM kernel.access_teams");

        owners.ShouldBe([groningen]);
    }

    [Fact]
    public async Task A_municipality_scope_reads_only_the_audit_entries_and_import_jobs_about_itself()
    {
        var knh = await RegionIdAsync("kop-van-noord-holland");
        var denHelder = await db.ScalarAsSuperuserAsync<Guid>("SELECT id FROM kernel.municipalities WHERE cbs_code = 'GM0400'");
        var members = await db.ScalarAsSuperuserAsync<Guid[]>($"SELECT array_agg(DISTINCT municipality_id) FROM kernel.region_memberships WHERE region_id = '{knh}'");
        await db.ScalarAsSuperuserAsync<int>(
            "INSERT INTO care.import_jobs (id, kind, file_name, size_bytes, submitted_by, municipality_ids, created_at, status, attempts, progress_lines, region_id) " +
            $"VALUES (gen_random_uuid(), 'Declaration', 'eigen.xml', 1, 'gemeente.denhelder', ARRAY['{denHelder}']::uuid[], now(), 'Done', 1, 0, '{knh}'), " +
            $"(gen_random_uuid(), 'Declaration', 'regio.xml', 1, 'inkoper.knh', ARRAY['{string.Join("','", members)}']::uuid[], now(), 'Done', 1, 0, '{knh}') RETURNING 1");
        var regionEntries = await db.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM kernel.audit_log WHERE region_id = '{knh}'");
        var ownEntries = await db.ScalarAsSuperuserAsync<long>($"SELECT count(*) FROM kernel.audit_log WHERE region_id = '{knh}' AND municipality_id = '{denHelder}'");
        ownEntries.ShouldBeGreaterThan(0);
        regionEntries.ShouldBeGreaterThan(ownEntries);
        await using var connection = await OpenAsAppAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        await DatabaseFixture.SetTenantAsync(connection, knh, [denHelder], wholeRegion: false);
        var seenByMember = await ScalarAsync<long>(connection, "SELECT count(*) FROM kernel.audit_log");
        var jobsOfMember = await ScalarAsync<string[]>(connection, "SELECT array_agg(file_name) FROM care.import_jobs");
        await DatabaseFixture.SetTenantAsync(connection, knh, members);
        var seenByRegion = await ScalarAsync<long>(connection, "SELECT count(*) FROM kernel.audit_log");
        var jobsOfRegion = await ScalarAsync<string[]>(connection, "SELECT array_agg(file_name ORDER BY file_name) FROM care.import_jobs");

        seenByMember.ShouldBe(ownEntries);
        jobsOfMember.ShouldBe(["eigen.xml"]);
        seenByRegion.ShouldBe(regionEntries);
        jobsOfRegion.ShouldBe(["eigen.xml", "regio.xml"]);
    }

    [Fact]
    public async Task Writing_a_row_into_another_region_is_refused_by_the_policy()
    {
        var (rigg, knh) = (await RegionIdAsync("rigg"), await RegionIdAsync("kop-van-noord-holland"));
        var texel = await db.ScalarAsSuperuserAsync<Guid>("SELECT id FROM kernel.municipalities WHERE cbs_code = 'GM0448'");
        await using var connection = await OpenAsAppAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await DatabaseFixture.SetTenantAsync(connection, rigg, [texel]);

        var error = await Should.ThrowAsync<PostgresException>(() => ScalarAsync<int>(connection,
            $"INSERT INTO kernel.region_memberships (id, region_id, municipality_id, domain, valid_from) VALUES (gen_random_uuid(), '{knh}', '{texel}', 'Wmo', '2020-01-01') RETURNING 1"));

        error.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_tenant_setting_ends_with_its_transaction()
    {
        var rigg = await RegionIdAsync("rigg");
        await using var connection = await OpenAsAppAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await DatabaseFixture.SetTenantAsync(connection, rigg, []);
            (await ScalarAsync<long>(connection, "SELECT count(*) FROM kernel.region_memberships")).ShouldBeGreaterThan(0);
            await transaction.CommitAsync();
        }

        (await ScalarAsync<long>(connection, "SELECT count(*) FROM kernel.region_memberships")).ShouldBe(0);
    }

    [Fact]
    public async Task The_audit_log_is_append_only_for_the_app()
    {
        await using var connection = await OpenAsAppAsync();

        var update = await Should.ThrowAsync<PostgresException>(() => ScalarAsync<int>(connection, "UPDATE kernel.audit_log SET actor_name = 'x'"));
        var delete = await Should.ThrowAsync<PostgresException>(() => ScalarAsync<int>(connection, "DELETE FROM kernel.audit_log"));

        update.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        delete.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    private async Task<NpgsqlConnection> OpenAsAppAsync()
    {
        var connection = new NpgsqlConnection(db.AppConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private Task<Guid> RegionIdAsync(string code) => db.ScalarAsSuperuserAsync<Guid>($"SELECT id FROM kernel.regions WHERE code = '{code}'");

    private Task<Guid[]> AllMunicipalityIdsAsync() => db.ScalarAsSuperuserAsync<Guid[]>("SELECT array_agg(id) FROM kernel.municipalities");

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
