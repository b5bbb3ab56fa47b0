using System.Diagnostics;

namespace Regional.Postgres;

/// <summary>Runs a PostgreSQL tool; as root it runs as the <c>postgres</c> user, since initdb refuses root.</summary>
internal static class ExternalCommand
{
    public static bool RunningAsRoot => Environment.UserName == "root";

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string executable,
        IEnumerable<string> arguments,
        string? standardInput = null,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo
        {
            FileName = RunningAsRoot ? "runuser" : executable,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        if (RunningAsRoot)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", executable })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new StartupException($"Could not start {executable}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput).ConfigureAwait(false);
            process.StandardInput.Close();
        }

        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, (await output.ConfigureAwait(false)) + (await error.ConfigureAwait(false)));
    }

    /// <summary>Hands a file or directory to the postgres user when we run as root.</summary>
    public static async Task GiveToPostgresAsync(string path)
    {
        if (!RunningAsRoot)
        {
            return;
        }

        using var chown = Process.Start("chown", ["-R", "postgres:postgres", path]);
        await chown.WaitForExitAsync().ConfigureAwait(false);
    }
}
