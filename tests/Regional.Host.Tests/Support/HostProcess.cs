using System.Diagnostics;
using System.Text;

namespace Regional.Host.Tests;

/// <summary>The host's own executable with its output collected as it comes.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<bool> seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? awaited;

    public HostProcess(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["Regional__KeyRing__Key"] = TestConfiguration.KeyRingKey;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Regional.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Take(e.Data);
        process.ErrorDataReceived += (_, e) => Take(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public async Task WaitForOutputAsync(string text)
    {
        lock (output)
        {
            awaited = text;
            if (output.ToString().Contains(text, StringComparison.Ordinal))
            {
                seen.TrySetResult(true);
            }
        }

        await seen.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public async Task<int> ExitAsync()
    {
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return process.ExitCode;
    }

    public void Kill() => process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Take(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
            if (awaited is not null && line.Contains(awaited, StringComparison.Ordinal))
            {
                seen.TrySetResult(true);
            }
        }
    }
}
