using System.Xml.Linq;
using Regional.TestSupport;

namespace Regional.Architecture.Tests;

/// <summary>
/// A module's tests run against the module and a throwaway database; only the host's tests start the host (its HTTP
/// surface, its pages in a browser, its processes). Read from the project files, so a reference that slips in fails here.
/// </summary>
public sealed class TestProjectTests
{
    private static readonly string Tests = Path.Combine(RepositoryPaths.Root, "tests");

    private static readonly string[] Others = [.. Directory.GetDirectories(Tests).Select(d => Path.GetFileName(d))
        .Where(p => File.Exists(Project(p)) && p is not "Regional.Host.Tests" and not "Regional.Architecture.Tests")];

    public static TheoryData<string> NotTheHostsTests => [.. Others];

    [Fact]
    public void Every_module_has_tests_of_its_own_beside_the_hosts()
    {
        Others.Order().ShouldBe([
            "Regional.Care.Tests", "Regional.Finance.Tests", "Regional.Kernel.Tests", "Regional.Modules.Tests", "Regional.Monitoring.Tests",
            "Regional.Purchasing.Tests", "Regional.TestSupport"]);
    }

    [Theory]
    [MemberData(nameof(NotTheHostsTests))]
    public void Only_the_hosts_tests_reference_the_host_or_drive_a_browser(string project)
    {
        var file = XDocument.Load(Project(project));

        file.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value)).ShouldNotContain("Regional.Host");
        file.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ShouldNotContain("Microsoft.Playwright");
    }

    private static string Project(string name) => Path.Combine(Tests, name, name + ".csproj");
}
