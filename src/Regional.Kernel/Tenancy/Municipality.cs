namespace Regional.Kernel.Tenancy;

/// <summary>A Dutch municipality as CBS classifies it; shared reference data, not owned by a region.</summary>
public sealed class Municipality
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>CBS municipality code, e.g. <c>GM0014</c> for Groningen.</summary>
    public required string CbsCode { get; init; }

    public required string Name { get; set; }

    public static bool IsValidCbsCode(string? code) =>
        code is { Length: 6 } && code.StartsWith("GM", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit);
}
