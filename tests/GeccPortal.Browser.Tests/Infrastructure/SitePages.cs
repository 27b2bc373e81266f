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

    /// <summary>
    /// One page of each kind, plus the search page with results: pages one folder deep (home, about/, search/,
    /// a listing's index) are each their own kind; deeper ones (circulars/a/, a listing's entries) are grouped
    /// by their first folder. For checks too slow to run on every page.
    /// </summary>
    public static IReadOnlyList<string> OnePerKindWithSearchResults(BuiltSite site) =>
        [.. All(site).GroupBy(Kind).Select(pages => pages.First()), SearchWithResults];

    private static string Kind(string url) =>
        url.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } segments ? segments[0] + "/*" : url;

    /// <summary>Every built page plus the search page with results.</summary>
    public static IReadOnlyList<string> AllWithSearchResults(BuiltSite site) => [.. All(site), SearchWithResults];
}
