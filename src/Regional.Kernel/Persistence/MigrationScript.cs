using System.Reflection;

namespace Regional.Kernel.Persistence;

/// <summary>Reads a migration's SQL script embedded in its module's assembly (EmbeddedResource, LogicalName = file name).</summary>
public static class MigrationScript
{
    public static string Read(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration script {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
