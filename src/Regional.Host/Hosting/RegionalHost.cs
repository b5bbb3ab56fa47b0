using Regional.Host.Database;
using Regional.Host.Seeding;
using Regional.Kernel.Demo;

namespace Regional.Host.Hosting;

/// <summary>
/// The command-line verbs of the host: <c>serve</c> (default), <c>migrate</c>, <c>seed</c>, <c>import</c>.
/// Start-up problems print one line that says what to do, and exit with code 2.
/// </summary>
public static class RegionalHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = verb == "serve" && (args.Length == 0 || args[0].StartsWith('-')) ? args : args[1..];
        try
        {
            return verb switch
            {
                "serve" => await ServeAsync(rest).ConfigureAwait(false),
                "migrate" => await MigrateAsync(rest).ConfigureAwait(false),
                "seed" => await SeedAsync(rest).ConfigureAwait(false),
                "import" => await ImportVerb.RunAsync(rest).ConfigureAwait(false),
                _ => Usage(verb),
            };
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync($"regional: {e.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        var (app, connections) = await RegionalApp.BuildAsync(args).ConfigureAwait(false);
        await using (app)
        {
            var settings = RegionalSettings.From(app.Configuration, app.Environment, connections);
            if (settings.MigrateOnStart)
            {
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(connections.Owner).ConfigureAwait(false);
            }

            // The silo starts with the host: seeding posts costs through the grains.
            try
            {
                await app.StartAsync().ConfigureAwait(false);
            }
            catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                await StopPrivateServerAsync(connections).ConfigureAwait(false);
                throw new StartupException(
                    $"{app.Configuration["urls"]} is already in use (is Regional running already?). Stop the other process or serve elsewhere, e.g. --urls http://127.0.0.1:5081.", e);
            }

            if (settings.SeedDemoData)
            {
                await SeedAndPrintAsync(app.Services).ConfigureAwait(false);
            }

            foreach (var address in app.Urls)
            {
                Console.WriteLine($"Regional draait op {address}  (stoppen: Ctrl+C)");
            }

            await app.WaitForShutdownAsync().ConfigureAwait(false);
            await StopPrivateServerAsync(connections).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task StopPrivateServerAsync(DatabaseConnections connections)
    {
        if (connections.LocalServer is { StartedHere: true } server)
        {
            await server.StopAsync().ConfigureAwait(false);
        }
    }

    private static async Task<int> MigrateAsync(string[] args)
    {
        var (app, connections) = await RegionalApp.BuildAsync(args).ConfigureAwait(false);
        await using (app)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(connections.Owner).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> SeedAsync(string[] args)
    {
        var (app, _) = await RegionalApp.BuildAsync(WithoutListening(args)).ConfigureAwait(false);
        await using (app)
        {
            await app.StartAsync().ConfigureAwait(false);
            await SeedAndPrintAsync(app.Services).ConfigureAwait(false);
            await app.StopAsync().ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>
    /// A verb that posts money runs a silo of the cluster (the grains own budgets and pools), so it starts the host,
    /// but serves nothing: its HTTP listener takes a free loopback port instead of the platform's.
    /// </summary>
    public static string[] WithoutListening(IEnumerable<string> args) => [.. args, "--urls", "http://127.0.0.1:0"];

    private static async Task SeedAndPrintAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<DemoSeed>()
            .RunAsync(_ => DemoPasswords.Generate()).ConfigureAwait(false);
        Console.WriteLine("Demo-accounts (wachtwoorden gelden tot de volgende start):");
        foreach (var account in accounts)
        {
            Console.WriteLine($"  {account.UserName,-28} {account.Password}  {account.Role}");
        }
    }

    private static int Usage(string verb)
    {
        Console.Error.WriteLine($"regional: unknown verb '{verb}'. Use: serve (default) | migrate | seed | import");
        return 2;
    }
}
