using System.Text;
using Regional.TestSupport;

namespace Regional.Host.Tests.Care;

/// <summary>The host with debug logging, its console output captured, so a test can read what would reach the logs.</summary>
public sealed class LoggedAppFixture : AppFixture
{
    private readonly StringBuilder captured = new();
    private TextWriter? original;
    private TextWriter? writer;

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
        writer = TextWriter.Synchronized(new StringWriter(captured));
        Console.SetOut(writer);
        await base.InitializeAsync();
    }

    /// <summary>Everything logged so far, once the logger has written its queue out.</summary>
    public async Task<string> LogsAsync()
    {
        await Task.Delay(500);
        // The synchronized writer locks itself while it writes; reading under the same lock never sees a half-grown buffer.
        lock (writer!)
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
