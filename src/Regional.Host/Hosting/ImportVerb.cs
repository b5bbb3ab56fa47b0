using System.Diagnostics;
using System.Globalization;
using Regional.Care.Declarations;
using Regional.Care.Jobs;
using Regional.Host.Database;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Hosting;

/// <summary>
/// <c>import --region {code} [--toewijzingen] {folder or file}...</c>: imports declaration files (323 or CSV), or
/// toewijzing messages (301), one by one, for all of the region's members, with progress on the console.
/// Each file is all or nothing; a refused file (also one that is missing, unreadable or larger than the upload limit)
/// is named with why and the others go on. Exit code 1 if any was refused.
/// </summary>
internal static class ImportVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (configuration, region, assignments, paths) = Parse(args);
        if (region is null || paths.Count == 0)
        {
            await Console.Error.WriteLineAsync("regional: usage: import --region <regiocode> [--toewijzingen] <map of bestand>...").ConfigureAwait(false);
            return 2;
        }

        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]).ToList();
        var (app, connections) = await RegionalApp.BuildAsync(RegionalHost.WithoutListening(configuration)).ConfigureAwait(false);
        await using (app)
        {
            if (RegionalSettings.From(app.Configuration, app.Environment, connections).MigrateOnStart)
            {
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(connections.Owner).ConfigureAwait(false);
            }

            await app.StartAsync().ConfigureAwait(false);

            var refused = 0;
            using (BackgroundActor.Begin("import (opdrachtregel)"))
            {
                foreach (var file in files)
                {
                    refused += await RegionWork.RunAsync(app.Services, region, services => ImportFileAsync(services, file, assignments)).ConfigureAwait(false) ? 0 : 1;
                }
            }

            Console.WriteLine($"{files.Count - refused} van {files.Count} bestand(en) verwerkt.");
            await app.StopAsync().ConfigureAwait(false);
            return refused == 0 ? 0 : 1;
        }
    }

    private static async Task<bool> ImportFileAsync(IServiceProvider services, string file, bool assignments)
    {
        var name = Path.GetFileName(file);
        var watch = Stopwatch.StartNew();
        try
        {
            await using var content = File.OpenRead(file);
            var upload = services.GetRequiredService<Care.Api.ImportUpload>();
            if (content.Length > upload.MaxBytes)
            {
                throw upload.TooLarge();
            }

            var imported = await services.GetRequiredService<IMessageFileImport>()
                .ImportAsync(content, assignments ? ImportKind.Assignments : ImportKind.Declaration, new ConsoleProgress(name, watch)).ConfigureAwait(false);
            Console.WriteLine(string.Create(Dutch, $"{name}: {imported.Summary} ({watch.Elapsed.TotalSeconds:0.0} s)"));
            return true;
        }
        catch (RuleViolationException refused)
        {
            await Console.Error.WriteLineAsync($"{name}: geweigerd: {refused.Message}").ConfigureAwait(false);
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"{name}: geweigerd: het bestand {file} bestaat niet of is niet te lezen.").ConfigureAwait(false);
            return false;
        }
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Configuration overrides (<c>--Key=Value</c>) go to the host; the verb's own options and paths stay here.</summary>
    private static (List<string> Configuration, string? Region, bool Assignments, List<string> Paths) Parse(string[] args)
    {
        var (configuration, paths) = (new List<string>(), new List<string>());
        string? region = null;
        var assignments = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--region" when i + 1 < args.Length:
                    region = args[++i];
                    break;
                case "--toewijzingen":
                    assignments = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal) && option.Contains('=', StringComparison.Ordinal):
                    configuration.Add(option);
                    break;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        return (configuration, region, assignments, paths);
    }

    /// <summary>A line per chunk of the importer, written as it happens, so progress comes out in order and before the summary.</summary>
    private sealed class ConsoleProgress(string name, Stopwatch watch) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => Console.WriteLine(string.Create(Dutch,
            $"{name}: {value.Lines:N0} prestaties {(value.Phase == ImportPhase.Checking ? "gecontroleerd" : "geboekt")} ({watch.Elapsed.TotalSeconds:0.0} s)"));
    }
}
