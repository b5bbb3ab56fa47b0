using System.Reflection;
using System.Runtime.CompilerServices;
using Regional.Host.Hosting;

namespace Regional.Architecture.Tests;

/// <summary>
/// Each core project shows a small public face: its entry point and API slice, what other projects call (commands,
/// queries, DTOs, events, and the entities another module still reads), its DbContext as an opaque type (the
/// services' constructors take it, and dependency injection builds only public constructors; its tables are internal).
/// Everything else (rules, writers, readers, grains, request records, tables, and the services and entities only its
/// own API and pages use) is internal; the bench, like the project's tests, measures such internals. The faces are listed in
/// Faces/*.txt: a new public type fails here until it is added there deliberately, or made internal.
/// </summary>
public sealed class PublicFaceTests
{
    public static TheoryData<string> CoreProjects => ["Regional.Kernel", "Regional.Purchasing", "Regional.Finance", "Regional.Monitoring", "Regional.Care"];

    [Theory]
    [MemberData(nameof(CoreProjects))]
    public void A_core_project_shows_only_its_listed_face(string project)
    {
        var face = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Faces", $"{project}.txt"));

        Load(project).GetExportedTypes()
            // EF Core's generated migrations and Orleans' generated codecs are public by their generators' convention.
            .Where(t => !t.Namespace!.EndsWith(".Migrations", StringComparison.Ordinal) && !t.Namespace.StartsWith("OrleansCodeGen", StringComparison.Ordinal))
            .Select(t => t.FullName).Order(StringComparer.Ordinal)
            .ShouldBe(face.Order(StringComparer.Ordinal), $"the public types of {project} against Faces/{project}.txt");
    }

    [Theory]
    [MemberData(nameof(CoreProjects))]
    public void Only_a_core_projects_own_tests_and_the_bench_see_its_internals(string project)
    {
        var friends = Load(project).GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        friends.ShouldContain($"{project}.Tests");
        friends.ShouldBeSubsetOf([$"{project}.Tests", "Regional.Bench"]);
    }

    [Theory]
    [InlineData("Regional.Purchasing")]
    [InlineData("Regional.Finance")]
    [InlineData("Regional.Monitoring")]
    [InlineData("Regional.Care")]
    public void A_core_projects_DbContext_is_internal_so_no_other_project_reads_its_tables(string project)
    {
        var context = Load(project).GetTypes().Single(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.DbContext)));

        context.IsPublic.ShouldBeFalse();
    }

    private static Assembly Load(string project) =>
        typeof(RegionalApp).Assembly.GetReferencedAssemblies().Where(a => a.Name == project).Select(Assembly.Load).Single();
}
