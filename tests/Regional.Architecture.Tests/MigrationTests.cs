using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Regional.Host.Hosting;

namespace Regional.Architecture.Tests;

/// <summary>
/// Every schema's model is recorded by its latest migration: a change to an entity or its mapping without
/// <c>dotnet ef migrations add</c> fails here, before it can reach a database (no database needed).
/// </summary>
public sealed class MigrationTests
{
    private static readonly IReadOnlyList<Type> Factories = [.. new[] { typeof(RegionalApp).Assembly }
        .Concat(typeof(RegionalApp).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Regional.", StringComparison.Ordinal)).Select(Assembly.Load))
        .SelectMany(a => a.GetTypes())
        .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))];

    public static TheoryData<string> Schemas => [.. Factories.Select(f => f.Name)];

    [Fact]
    public void Every_DbContext_has_a_design_time_factory_for_the_EF_Core_tools()
    {
        var contexts = Factories.Select(f => f.BaseType!.GetGenericArguments()[0]).ToHashSet();
        var all = Factories.Select(f => f.Assembly).Distinct().SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(DbContext)));
        all.Where(c => !contexts.Contains(c)).ShouldBeEmpty();
        contexts.Count.ShouldBe(7);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void The_model_has_no_change_without_a_migration(string factory)
    {
        using var context = Create(Factories.Single(f => f.Name == factory));
        context.Database.HasPendingModelChanges().ShouldBeFalse($"{context.GetType().Name} has model changes without a migration: dotnet ef migrations add");
    }

    private static DbContext Create(Type factory) =>
        (DbContext)factory.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!.Invoke(Activator.CreateInstance(factory), [Array.Empty<string>()])!;
}
