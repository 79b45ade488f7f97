namespace DocFlow.Integration.Tests.Support;

/// <summary>The checkout's root (where DocFlow.sln is), found from the test binaries wherever they were built.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "DocFlow.sln"))) return directory.FullName;
            }
        }
        return "/work/main";
    }
}
