namespace Regional.Kernel.Tenancy;

/// <summary>
/// A regional purchasing organisation: the tenant. Its directory entry (code and name) is public;
/// everything it owns carries its id and is guarded by row-level security.
/// </summary>
public sealed class Region
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Short lower-case code used in URLs, e.g. <c>rigg</c>.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }
}
