namespace Regional.Kernel.Identity;

/// <summary>
/// One right of a user: a role, in a region (none for the platform administrator), and for
/// municipality-bound roles the one municipality it covers.
/// </summary>
public sealed class RoleAssignment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public required Role Role { get; init; }

    public Guid? RegionId { get; init; }

    public Guid? MunicipalityId { get; init; }
}
