namespace Regional.Kernel.Persistence;

/// <summary>A write tried to place or move a row outside the current tenant.</summary>
public sealed class TenantMismatchException(string message) : InvalidOperationException(message);
