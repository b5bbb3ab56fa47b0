namespace Regional.Kernel.Auditing;

/// <summary>Marks a property whose value never enters the audit log (password hashes, BSNs).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;
