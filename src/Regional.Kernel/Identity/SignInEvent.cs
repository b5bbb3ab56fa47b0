namespace Regional.Kernel.Identity;

/// <summary>A sign-in attempt, successful or not; platform-level, since it precedes any tenant.</summary>
public sealed class SignInEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The name as typed (lower-cased), also when no such user exists.</summary>
    public required string UserName { get; init; }

    public Guid? UserId { get; init; }

    public bool Succeeded { get; init; }

    /// <summary>Refused unchecked because the name had too many recent failures; not itself counted as a failure.</summary>
    public bool LockedOut { get; init; }

    public string? RemoteAddress { get; init; }
}
