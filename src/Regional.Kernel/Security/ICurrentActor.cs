namespace Regional.Kernel.Security;

/// <summary>Who is making the current change: a signed-in user, or the system for background work.</summary>
public interface ICurrentActor
{
    Guid? UserId { get; }

    string Name { get; }
}

/// <summary>The actor of work that no person started (seeding, jobs, migrations).</summary>
internal sealed class SystemActor : ICurrentActor
{
    public Guid? UserId => null;

    public string Name => "systeem";
}
