using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Regional.Kernel.Persistence.Migrations;

/// <summary>
/// Tenancy, identity and audit. Written by hand (no EF design package here); the schema test in
/// Regional.Kernel.Tests proves it matches the model.
/// </summary>
[DbContext(typeof(KernelDbContext))]
[Migration("20261122000000_Kernel")]
public sealed class Kernel : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        const string schema = KernelDbContext.Schema;
        migrationBuilder.EnsureSchema(schema);
        migrationBuilder.Sql(RowLevelSecurity.EnsureAppRole);
        migrationBuilder.Sql(RowLevelSecurity.CreateTenantFunctions);

        migrationBuilder.CreateTable("regions", schema: schema, columns: t => new
        {
            id = t.Column<Guid>("uuid"),
            code = t.Column<string>("text"),
            name = t.Column<string>("text"),
        }, constraints: t => t.PrimaryKey("pk_regions", x => x.id));
        migrationBuilder.CreateIndex("ix_regions_code", "regions", "code", schema, unique: true);

        migrationBuilder.CreateTable("municipalities", schema: schema, columns: t => new
        {
            id = t.Column<Guid>("uuid"),
            cbs_code = t.Column<string>("text"),
            name = t.Column<string>("text"),
        }, constraints: t => t.PrimaryKey("pk_municipalities", x => x.id));
        migrationBuilder.CreateIndex("ix_municipalities_cbs_code", "municipalities", "cbs_code", schema, unique: true);

        migrationBuilder.CreateTable("region_memberships", schema: schema, columns: t => new
        {
            id = t.Column<Guid>("uuid"),
            region_id = t.Column<Guid>("uuid"),
            municipality_id = t.Column<Guid>("uuid"),
            domain = t.Column<string>("text"),
            valid_from = t.Column<DateOnly>("date"),
            valid_to = t.Column<DateOnly>("date", nullable: true),
        }, constraints: t => t.PrimaryKey("pk_region_memberships", x => x.id));
        migrationBuilder.CreateIndex(
            "ux_region_memberships_start", "region_memberships", ["region_id", "municipality_id", "domain", "valid_from"], schema, unique: true);

        migrationBuilder.CreateTable("access_teams", schema: schema, columns: t => new
        {
            id = t.Column<Guid>("uuid"),
            region_id = t.Column<Guid>("uuid"),
            municipality_id = t.Column<Guid>("uuid"),
            domain = t.Column<string>("text"),
            name = t.Column<string>("text"),
            email = t.Column<string>("text", nullable: true),
            phone = t.Column<string>("text", nullable: true),
        }, constraints: t => t.PrimaryKey("pk_access_teams", x => x.id));
        migrationBuilder.CreateIndex(
            "ix_access_teams_region_id_municipality_id_domain_name", "access_teams", ["region_id", "municipality_id", "domain", "name"], schema, unique: true);

        migrationBuilder.CreateTable("users", schema: schema, columns: t => new
        {
            id = t.Column<Guid>("uuid"),
            user_name = t.Column<string>("text"),
            display_name = t.Column<string>("text"),
            password_hash = t.Column<string>("text"),
        }, constraints: t => t.PrimaryKey("pk_users", x => x.id));
        migrationBuilder.CreateIndex("ix_users_user_name", "users", "user_name", schema, unique: true);

        migrationBuilder.CreateTable("role_assignments", schema: schema, columns: t => new
        {
            id = t.Column<Guid>("uuid"),
            user_id = t.Column<Guid>("uuid"),
            role = t.Column<string>("text"),
            region_id = t.Column<Guid>("uuid", nullable: true),
            municipality_id = t.Column<Guid>("uuid", nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_role_assignments", x => x.id);
            t.ForeignKey("fk_role_assignments_users_user_id", x => x.user_id, "users", "id", schema, onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex(
            "ix_role_assignments_user_id_role_region_id_municipality_id", "role_assignments", ["user_id", "role", "region_id", "municipality_id"], schema, unique: true)
            .Annotation("Npgsql:NullsDistinct", false);

        migrationBuilder.CreateTable("sign_in_events", schema: schema, columns: t => new
        {
            id = t.Column<Guid>("uuid"),
            occurred_at = t.Column<DateTimeOffset>("timestamp with time zone"),
            user_name = t.Column<string>("text"),
            user_id = t.Column<Guid>("uuid", nullable: true),
            succeeded = t.Column<bool>("boolean"),
            remote_address = t.Column<string>("text", nullable: true),
        }, constraints: t => t.PrimaryKey("pk_sign_in_events", x => x.id));
        migrationBuilder.CreateIndex("ix_sign_in_events_user_name_occurred_at", "sign_in_events", ["user_name", "occurred_at"], schema);

        migrationBuilder.CreateTable("audit_log", schema: schema, columns: t => new
        {
            id = t.Column<Guid>("uuid"),
            region_id = t.Column<Guid>("uuid", nullable: true),
            occurred_at = t.Column<DateTimeOffset>("timestamp with time zone"),
            actor_id = t.Column<Guid>("uuid", nullable: true),
            actor_name = t.Column<string>("text"),
            action = t.Column<string>("text"),
            entity = t.Column<string>("text"),
            entity_id = t.Column<string>("text"),
            changes = t.Column<string>("jsonb"),
        }, constraints: t => t.PrimaryKey("pk_audit_log", x => x.id));
        migrationBuilder.CreateIndex("ix_audit_log_region_id_occurred_at", "audit_log", ["region_id", "occurred_at"], schema);

        migrationBuilder.Sql(RowLevelSecurity.GrantSchema(schema));
        migrationBuilder.Sql(RowLevelSecurity.GrantReadWrite("kernel.regions"));
        migrationBuilder.Sql(RowLevelSecurity.GrantReadWrite("kernel.municipalities"));
        migrationBuilder.Sql(RowLevelSecurity.EnableForRegion("kernel.region_memberships"));
        migrationBuilder.Sql(RowLevelSecurity.EnableForMunicipality("kernel.access_teams"));
        migrationBuilder.Sql(RowLevelSecurity.GrantReadWrite("kernel.users"));
        migrationBuilder.Sql(RowLevelSecurity.GrantReadWrite("kernel.role_assignments"));
        migrationBuilder.Sql(RowLevelSecurity.GrantAppendOnly("kernel.sign_in_events"));
        migrationBuilder.Sql(RowLevelSecurity.GrantAppendOnly("kernel.audit_log"));
        migrationBuilder.Sql(AuditLogPolicies);
    }

    // A region's audit entries are visible only within it; platform-level entries (no region) may
    // be written by anyone and are read by operators with the owner role, not through the app.
    private const string AuditLogPolicies = """
        ALTER TABLE kernel.audit_log ENABLE ROW LEVEL SECURITY;
        ALTER TABLE kernel.audit_log FORCE ROW LEVEL SECURITY;
        CREATE POLICY audit_read ON kernel.audit_log FOR SELECT USING (region_id = (SELECT kernel.current_region_id()));
        CREATE POLICY audit_append ON kernel.audit_log FOR INSERT
            WITH CHECK (region_id IS NULL OR region_id = (SELECT kernel.current_region_id()));
        """;
}
