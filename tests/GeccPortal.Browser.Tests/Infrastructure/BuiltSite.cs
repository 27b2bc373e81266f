using GeccPortal.Generator.Build;
using GeccPortal.Generator.Model;

namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>A content folder built with the real pipeline into a temp folder: the site and its search index.</summary>
public sealed class BuiltSite : IDisposable
{
    private BuiltSite(string root, Site site)
    {
        Root = root;
        Site = site;
    }

    public string Root { get; }

    public string SiteFolder => Path.Combine(Root, "site");

    public string IndexFolder => Path.Combine(Root, "index");

    /// <summary>The model the pages were rendered from, so tests name circulars by ref rather than by hard-coded URLs.</summary>
    public Site Site { get; }

    public static async Task<BuiltSite> BuildAsync(string contentFolder)
    {
        var root = Path.Combine(Path.GetTempPath(), "gecc-browser-" + Guid.NewGuid().ToString("N"));
        var result = await SiteBuild.RunAsync(new BuildOptions(contentFolder, Path.Combine(root, "site"), Path.Combine(root, "index")));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"building {contentFolder} failed:\n{string.Join('\n', result.Diagnostics)}");
        }

        return new BuiltSite(root, result.Site!);
    }

    public Circular Circular(string reference)
    {
        var wanted = GeccPortal.Thai.CircularRef.Parse(reference).Normalized;
        return Site.Circulars.Single(c => c.Ref?.Normalized == wanted);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
