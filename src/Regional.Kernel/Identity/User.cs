using Regional.Kernel.Auditing;

namespace Regional.Kernel.Identity;

/// <summary>A person who signs in. Identity is platform-wide; rights come from role assignments.</summary>
public sealed class User
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Sign-in name, stored lower-case so that look-ups ignore case.</summary>
    public required string UserName { get; init; }

    public required string DisplayName { get; set; }

    /// <summary>ASP.NET Core Identity's PasswordHasher format (PBKDF2, salted, versioned).</summary>
    [Sensitive]
    public required string PasswordHash { get; set; }

    /// <summary>
    /// Changes whenever the password or a role changes (a database trigger sees to it, whichever code makes the change);
    /// a session carrying an older stamp is no longer valid.
    /// </summary>
    public Guid SecurityStamp { get; init; }

    public List<RoleAssignment> Roles { get; init; } = [];
}
