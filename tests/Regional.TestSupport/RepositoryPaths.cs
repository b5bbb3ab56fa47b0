namespace Regional.TestSupport;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string HostContentRoot => Path.Combine(Root, "src", "Regional.Host");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Regional.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Regional.sln not found above " + AppContext.BaseDirectory);
    }
}
