namespace Regional.Kernel.Security;

/// <summary>Whom work outside a request (an import job, the import verb, a grain posting for a person) acts for, in the current async flow.</summary>
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
