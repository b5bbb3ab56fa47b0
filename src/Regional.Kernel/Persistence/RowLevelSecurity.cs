namespace Regional.Kernel.Persistence;

/// <summary>
/// SQL for migrations: the functions the policies read the tenant from, grants for the app role,
/// and the policies themselves. Unset settings yield NULL, which matches nothing (fail closed).
/// </summary>
public static class RowLevelSecurity
{
    /// <summary>Creates the tenant functions; run once, by the kernel's first migration.</summary>
    public const string CreateTenantFunctions = $$"""
        CREATE FUNCTION kernel.current_region_id() RETURNS uuid
            LANGUAGE sql STABLE PARALLEL SAFE
            AS $$ SELECT nullif(current_setting('{{TenantSettings.RegionId}}', true), '')::uuid $$;
        CREATE FUNCTION kernel.current_municipality_ids() RETURNS uuid[]
            LANGUAGE sql STABLE PARALLEL SAFE
            AS $$ SELECT coalesce(nullif(current_setting('{{TenantSettings.MunicipalityIds}}', true), ''), '{}')::uuid[] $$;
        -- Used by every module's migration: grants the app its rights on a tenant table and forces the
        -- isolation policy on it. municipality: 'none', 'required' (owned by one municipality) or
        -- 'optional' (rows without a municipality are region-wide, e.g. a pool's own postings).
        CREATE FUNCTION kernel.enable_tenant_isolation(tbl regclass, privileges text, municipality text DEFAULT 'none')
            RETURNS void LANGUAGE plpgsql AS $$
        -- The settings are read in scalar subqueries: evaluated once per query (an InitPlan), not once per row.
        DECLARE
            predicate text := 'region_id = (SELECT kernel.current_region_id())' || CASE municipality
                WHEN 'required' THEN ' AND municipality_id = ANY ((SELECT kernel.current_municipality_ids())::uuid[])'
                WHEN 'optional' THEN ' AND (municipality_id IS NULL OR municipality_id = ANY ((SELECT kernel.current_municipality_ids())::uuid[]))'
                ELSE '' END;
        BEGIN
            EXECUTE format('GRANT %s ON %s TO {{TenantSettings.AppRole}}', privileges, tbl);
            EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
            EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
            EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (%s) WITH CHECK (%s)', tbl, predicate, predicate);
        END $$;
        REVOKE ALL ON FUNCTION kernel.enable_tenant_isolation(regclass, text, text) FROM PUBLIC;
        """;

    /// <summary>
    /// Creates the app's group role if the migrating role may (it owns nothing and cannot bypass RLS);
    /// where it may not, infra/postgres/roles.sql creates it beforehand.
    /// </summary>
    public const string EnsureAppRole = $"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{TenantSettings.AppRole}') THEN
                CREATE ROLE {TenantSettings.AppRole} NOLOGIN NOSUPERUSER NOBYPASSRLS;
            END IF;
        END $$;
        """;

    public static string GrantSchema(string schema) => $"""
        GRANT USAGE ON SCHEMA {schema} TO {TenantSettings.AppRole};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {schema} TO {TenantSettings.AppRole};
        """;

    public static string GrantReadWrite(string table) =>
        $"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {TenantSettings.AppRole};";

    /// <summary>Append-only for the app: it may add and read rows, never change or remove them.</summary>
    public static string GrantAppendOnly(string table) =>
        $"GRANT SELECT, INSERT ON {table} TO {TenantSettings.AppRole};";


    /// <summary>Read-write for the app; rows visible and writable only within the current region.</summary>
    public static string EnableForRegion(string table) =>
        $"SELECT kernel.enable_tenant_isolation('{table}', 'SELECT, INSERT, UPDATE, DELETE');";

    /// <summary>Read-write for the app; rows visible and writable only for the current region's visible municipalities.</summary>
    public static string EnableForMunicipality(string table) =>
        $"SELECT kernel.enable_tenant_isolation('{table}', 'SELECT, INSERT, UPDATE, DELETE', 'required');";
}
