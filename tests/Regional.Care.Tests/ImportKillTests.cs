using System.Diagnostics;
using System.Text;
using Regional.Host.Seeding;
using Regional.TestSupport;
using static Regional.Care.Tests.KnhCare;

namespace Regional.Care.Tests;

/// <summary>
/// The import verb as an operator runs it, in its own process, killed halfway through a large declaration:
/// nothing is half-stored or half-posted, and the same file imports completely afterwards.
/// </summary>
public sealed class ImportKillTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const int Lines = 60_000;

    [Fact]
    public async Task An_import_killed_halfway_leaves_nothing_behind_and_the_file_imports_again()
    {
        using var denHelder = await app.SignedInClientAsync("gemeente.denhelder");
        await AssignAsync(denHelder, "90001", hoursPerWeek: 1_000_000, frequency: "TotalWithinPeriod");
        var tariff = await TariffCentsAsync(denHelder);
        var file = Path.Combine(Path.GetTempPath(), $"regional-kill-{Guid.NewGuid():N}.xml");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            Jw323File.Write(writer, Header("KILL1", "KILL1"), Enumerable.Range(1, Lines).Select(i => March($"KILL-{i}", "90001", 1, tariff)).ToList());
        }

        try
        {
            await using (var killed = Import(file))
            {
                await killed.WaitForOutputAsync("gecontroleerd");
                killed.Kill();
            }

            (await StoredAsync()).ShouldBe("0/0/0");

            await using var again = Import(file);
            (await again.ExitAsync()).ShouldBe(0, again.Output);
            again.Output.ShouldContain($"{Lines:N0} goedgekeurd".Replace(",", ".", StringComparison.Ordinal));
            (await StoredAsync()).ShouldBe($"1/{Lines}/{Lines}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private Task<string> StoredAsync() => app.ScalarAsSuperuserAsync<string>(
        "SELECT (SELECT count(*) FROM care.declarations WHERE message_id = 'KILL1') || '/' "
        + "|| (SELECT count(*) FROM care.declaration_lines l JOIN care.declarations d ON d.id = l.declaration_id WHERE d.message_id = 'KILL1' AND l.accepted) || '/' "
        + "|| (SELECT count(*) FROM finance.journal_entries e JOIN care.declarations d ON e.idempotency_key LIKE 'cost:declaratie:' || replace(d.id::text, '-', '') || ':%' WHERE d.message_id = 'KILL1')");

    private HostProcess Import(string file) => new(
        "import", "--region", "kop-van-noord-holland", $"--ConnectionStrings:Regional={app.AppConnectionString}",
        $"--ConnectionStrings:RegionalOwner={app.OwnerConnectionString}", "--Regional:MigrateOnStart=false", file);

    /// <summary>The host's own executable with its output collected as it comes.</summary>
    private sealed class HostProcess : IAsyncDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();
        private readonly TaskCompletionSource<bool> seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private string? awaited;

        public HostProcess(params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
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
}
