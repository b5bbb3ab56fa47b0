namespace Regional.Kernel.Identity;

/// <summary>
/// One signed-in session: the cookie names it, and it lives until its user signs out (or the user's security
/// stamp changes, which ends all of them). Platform-level, since it precedes any tenant.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }
}
