namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>Folders of this repository, found from the test assembly's location (the folder holding GeccPortal.sln).</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>Where screenshots go: TestResults/screenshots at the repository root (tests/run.sh clears TestResults).</summary>
    public static string Screenshots => Path.Combine(Root, "TestResults", "screenshots");

    public static string NodeModules => Path.Combine(Root, "tests", "GeccPortal.Browser.Tests", "node_modules");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GeccPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"GeccPortal.sln not found above {AppContext.BaseDirectory}");
    }
}
