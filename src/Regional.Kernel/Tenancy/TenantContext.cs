namespace Regional.Kernel.Tenancy;

/// <summary>
/// The ambient tenant of the current async flow. Requests set it from the route and the user's
/// rights; background jobs and tests open an explicit scope. No scope means no tenant rows at all.
/// </summary>
public sealed class TenantContext
{
    private readonly AsyncLocal<TenantScope?> current = new();

    public TenantScope? Current => current.Value;

    public TenantScope Required =>
        current.Value ?? throw new InvalidOperationException("No tenant scope is active: open one with TenantContext.Begin.");

    /// <summary>Enters a scope until the returned handle is disposed, then restores the previous one.</summary>
    public IDisposable Begin(TenantScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var previous = current.Value;
        current.Value = scope;
        return new Restore(this, previous);
    }

    private sealed class Restore(TenantContext owner, TenantScope? previous) : IDisposable
    {
        public void Dispose() => owner.current.Value = previous;
    }
}
