namespace Regional.Kernel.Persistence;

/// <summary>
/// The PostgreSQL settings that carry the tenant into row-level security policies. They are set per
/// transaction (<c>set_config(..., true)</c>) so that they never outlive it, also behind a
/// transaction-pooling pgbouncer.
/// </summary>
internal static class TenantSettings
{
    public const string RegionId = "app.region_id";

    public const string MunicipalityIds = "app.municipality_ids";

    /// <summary>'on' when the scope sees the whole region rather than only its own municipalities.</summary>
    public const string WholeRegion = "app.whole_region";

    /// <summary>The group role the application's login role belongs to; it owns nothing.</summary>
    public const string AppRole = "regional_app";
}
