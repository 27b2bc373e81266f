using System.Text;

using GeccPortal.Generator.Build;

namespace GeccPortal.Generator.Tests.Support;

/// <summary>
/// A small site described inline, written to a temp folder and built with the real pipeline (Hugo-style
/// integration tests). Paths are relative to the site root: <c>content/circulars/a.md</c>.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultSiteYml = "title: ทดสอบ\nbaseUrl: /\ndigits: thai\nsearchApi: /api\n";

    public const string DefaultAgenciesYml = "มท: กระทรวงมหาดไทย\nนพ: จังหวัดนครพนม\n";

    public TestSite(string siteYml = DefaultSiteYml)
    {
        Root = Path.Combine(Path.GetTempPath(), "gecc-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        With("content/site.yml", siteYml);
        With("content/agencies.yml", DefaultAgenciesYml);
    }

    public string Root { get; }

    public string ContentDirectory => Path.Combine(Root, "content");

    public string OutputDirectory => Path.Combine(Root, "_site");

    public string IndexDirectory => Path.Combine(Root, "_index");

    public TestSite With(string path, string text) => With(path, Encoding.UTF8.GetBytes(text));

    public TestSite With(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>A circular file with the three required keys, any extra front-matter lines, and a body.</summary>
    public TestSite WithCircular(string path, string reference, string date, string title, string extra = "", string body = "เนื้อความ")
        => With(path, CircularText(reference, date, title, extra, body));

    public static string CircularText(string reference, string date, string title, string extra = "", string body = "เนื้อความ") =>
        $"---\nref: {reference}\ndate: {date}\ntitle: {title}\n{extra}{(extra.Length == 0 || extra.EndsWith('\n') ? "" : "\n")}---\n{body}\n";

    public Task<BuildResult> BuildAsync(bool withIndex = false) =>
        SiteBuild.RunAsync(new BuildOptions(ContentDirectory, OutputDirectory, withIndex ? IndexDirectory : null));

    public Task<BuildResult> CheckAsync() => SiteBuild.RunAsync(new BuildOptions(ContentDirectory, null, null));

    /// <summary>Every diagnostic as printed, e.g. <c>content/circulars/a.md:2:1: error: …</c>.</summary>
    public static IReadOnlyList<string> Messages(BuildResult result) => [.. result.Diagnostics.Select(d => d.ToString())];

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(OutputDirectory, path));

    public bool OutputExists(string path) => File.Exists(Path.Combine(OutputDirectory, path));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing a file; the temp folder is cleaned by the system later.
        }
    }
}
