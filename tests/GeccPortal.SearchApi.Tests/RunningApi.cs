namespace GeccPortal.SearchApi.Tests;

/// <summary>One API process shared by a test class: a sample index, a site folder and a CORS origin.</summary>
public sealed class RunningApi : IAsyncLifetime
{
    public const string SiteOrigin = "https://circulars.example.go.th";
    public const string HomePage = "<h1>หนังสือเวียน</h1>";

    private readonly TestIndex _index = TestIndex.With(SampleCirculars.First);
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("gecc-api-site-");

    internal ApiProcess Process { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_site.FullName, "index.html"), HomePage);
        Process = await ApiProcess.Start("--index", _index.Directory, "--site", _site.FullName, "--cors-origin", SiteOrigin);
    }

    public async Task DisposeAsync()
    {
        await Process.DisposeAsync();
        _index.Dispose();
        _site.Delete(recursive: true);
    }
}
