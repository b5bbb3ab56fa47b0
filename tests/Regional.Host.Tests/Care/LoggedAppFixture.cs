using System.Text;
using Regional.TestSupport;

namespace Regional.Host.Tests.Care;

/// <summary>The host with debug logging, its console output captured, so a test can read what would reach the logs.</summary>
public sealed class LoggedAppFixture : AppFixture
{
    private readonly StringBuilder captured = new();
    private TextWriter? original;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
        ["Logging:Console:FormatterName"] = "simple",
    };

    public override async Task InitializeAsync()
    {
        original = Console.Out;
        Console.SetOut(TextWriter.Synchronized(new StringWriter(captured)));
        await base.InitializeAsync();
    }

    /// <summary>Everything logged so far, once the logger has written its queue out.</summary>
    public async Task<string> LogsAsync()
    {
        await Task.Delay(500);
        lock (captured)
        {
            return captured.ToString();
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Console.SetOut(original!);
    }
}
