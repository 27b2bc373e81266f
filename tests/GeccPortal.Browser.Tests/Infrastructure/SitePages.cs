namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>
/// Every HTML page of a built site, as site-relative URLs (<c>circulars/a/</c>, <c>404.html</c>), so the
/// page-type checks cover each kind of page the build makes, listings and error pages included, without naming them.
/// </summary>
public static class SitePages
{
    public static IReadOnlyList<string> All(BuiltSite site) =>
        [.. Directory.EnumerateFiles(site.SiteFolder, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(site.SiteFolder, file).Replace('\\', '/'))
            .Select(path => path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)
            .Order(StringComparer.Ordinal)];

    /// <summary>The search page with results in it, besides every built page.</summary>
    public static readonly string SearchWithResults = "search/?q=" + Uri.EscapeDataString("ศูนย์ราชการ");

    /// <summary>Opens a page and waits until it is complete: on the search page, until results are shown.</summary>
    public static async Task OpenAsync(Microsoft.Playwright.IPage page, string root, string relative)
    {
        await page.GotoAsync(root + relative);
        if (relative == SearchWithResults)
        {
            await page.Locator("#search-results > li").First.WaitForAsync();
        }
    }

    /// <summary>Every built page plus the search page with results.</summary>
    public static IReadOnlyList<string> AllWithSearchResults(BuiltSite site) => [.. All(site), SearchWithResults];
}
