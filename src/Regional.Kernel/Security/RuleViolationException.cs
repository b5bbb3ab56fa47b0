namespace Regional.Kernel.Security;

/// <summary>
/// Input broke a named rule. Carries the field and a message for the user (Dutch, since users see it);
/// the API turns it into a 400 problem, the web UI into a message beside the field. Nothing is saved.
/// </summary>
public sealed class RuleViolationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
