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
