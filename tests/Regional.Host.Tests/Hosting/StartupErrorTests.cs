using System.Diagnostics;
using Regional.TestSupport;

namespace Regional.Host.Tests.Hosting;

/// <summary>The host as a person runs it, in its own process: a misconfiguration ends in one clear line and exit code 2.</summary>
public sealed class StartupErrorTests(DemoDatabaseFixture database) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task A_port_already_taken_ends_start_up_with_one_line_naming_the_address()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, error) = await RunHostAsync(
            $"--ConnectionStrings:Regional={database.AppConnectionString}", "--Regional:MigrateOnStart=false", "--Regional:SeedDemoData=false",
            "--urls", $"http://127.0.0.1:{port}");

        exitCode.ShouldBe(2);
        var line = error.Trim();
        line.Split('\n').Length.ShouldBe(1);
        line.ShouldContain($"http://127.0.0.1:{port} is already in use");
        line.ShouldContain("--urls");
    }

    [Fact]
    public async Task An_unreachable_database_ends_start_up_with_one_line_naming_it()
    {
        var (exitCode, error) = await RunHostAsync("--ConnectionStrings:Regional=Host=127.0.0.1;Port=1;Database=regional;Username=regional_web;Password=x");

        exitCode.ShouldBe(2);
        var line = error.Trim().ShouldNotBeNull();
        line.Split('\n').Length.ShouldBe(1);
        line.ShouldContain("Cannot connect to PostgreSQL at 127.0.0.1:1");
        line.ShouldContain("Fix ConnectionStrings:Regional");
        line.ShouldNotContain("Password=x");
    }

    [Fact]
    public async Task Missing_postgres_binaries_end_start_up_with_one_line_saying_what_to_install()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "regional-nobin-" + Guid.NewGuid().ToString("N")[..8]);

        var (exitCode, error) = await RunHostAsync($"--Regional:PostgresBin=/nonexistent/bin", $"--Regional:DataDirectory={dataDirectory}");

        exitCode.ShouldBe(2);
        error.Trim().Split('\n').Length.ShouldBe(1);
        error.ShouldContain("apt-get install postgresql");
    }

    [Fact]
    public async Task An_unknown_verb_is_named_with_the_verbs_there_are()
    {
        var (exitCode, error) = await RunHostAsync("migreer");

        exitCode.ShouldBe(2);
        error.ShouldContain("unknown verb 'migreer'");
        error.ShouldContain("serve (default) | migrate | seed | import");
    }

    private static async Task<(int ExitCode, string Error)> RunHostAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["Regional__KeyRing__Key"] = TestConfiguration.KeyRingKey;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Regional.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}
