using System.Reflection;

namespace Regional.Kernel.Modules;

/// <summary>Reads a module's embedded code list: a CSV with header <c>code,omschrijving</c>.</summary>
internal static class ProductCategoryList
{
    public static IReadOnlyList<ProductCategory> FromResource(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded code list {resourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        if (header != "code,omschrijving")
        {
            throw new InvalidOperationException($"Code list {resourceName} must start with 'code,omschrijving', not '{header}'.");
        }

        var categories = new List<ProductCategory>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            categories.Add(new ProductCategory(line[..comma], line[(comma + 1)..].Trim('"')));
        }

        return categories;
    }
}
