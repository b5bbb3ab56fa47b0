namespace Regional.Postgres;

/// <summary>A start-up problem the operator can fix; its message is the one line printed, saying what to do.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
