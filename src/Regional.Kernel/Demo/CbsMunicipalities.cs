using System.Reflection;
using System.Text.RegularExpressions;

namespace Regional.Kernel.Demo;

/// <summary>The CBS municipal classification of 1 January 2026 (342 municipalities), embedded from Demo/gemeenten.csv.</summary>
internal static partial class CbsMunicipalities
{
    public static IEnumerable<(string CbsCode, string Name)> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Regional.Kernel.gemeenten.csv")!;
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header: gemeentecode,cbs_code,gemeentenaam,provincie,jeugdzorgregio
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var match = Row().Match(line);
            yield return (match.Groups["code"].Value, match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["plain"].Value);
        }
    }

    // A name may be quoted because it holds a comma ("Nuenen, Gerwen en Nederwetten").
    [GeneratedRegex("""^\d{4},(?<code>GM\d{4}),(?:"(?<quoted>[^"]*)"|(?<plain>[^,]*)),""")]
    private static partial Regex Row();
}
