namespace GeccPortal.Generator.Tests.Support;

/// <summary>The repository checkout, found from the test assembly's folder (for the real content/).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "GeccPortal.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("GeccPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
