using Regional.Kernel.Security;

namespace Regional.Host.Security;

/// <summary>
/// The signed-in user of the current request as the actor of audited changes; outside a request, the person
/// background work runs for (<see cref="BackgroundActor"/>), else the system.
/// </summary>
internal sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public Guid? UserId => accessor.HttpContext?.User.UserId();

    public string Name => accessor.HttpContext?.User.Identity?.Name ?? BackgroundActor.Current ?? "systeem";
}

/// <summary>Whom background work (an import job, the import verb) acts for, in the current async flow.</summary>
public static class BackgroundActor
{
    private static readonly AsyncLocal<string?> Name = new();

    public static string? Current => Name.Value;

    public static IDisposable Begin(string name)
    {
        var previous = Name.Value;
        Name.Value = name;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Name.Value = previous;
    }
}
