using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Generator.Rendering.Pages;

namespace GeccPortal.Generator.Validation;

/// <summary>Checks the plain pages: a title, URL-safe folder and file names, no two pages at one URL.</summary>
public sealed class PageChecks(DiagnosticBag diagnostics)
{
    /// <summary>
    /// Top-level names the generator writes itself (the listings' folders, the search page), and <c>api</c>, where
    /// the search API answers beside the site: a page there would overwrite them or be hidden by them.
    /// </summary>
    private static readonly HashSet<string> Reserved = new(
        ["circulars", "assets", "index", "catalog", "api", SearchPage.Url.TrimEnd('/'), .. ListingKinds.All.Select(kind => kind.Segment)],
        StringComparer.Ordinal);

    private readonly ValueChecks _values = new(diagnostics);

    public IReadOnlyList<CheckedPage> Check(IReadOnlyList<PageSource> pages)
    {
        var checkedPages = new List<CheckedPage>();
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var fileStart = SourceLocation.StartOf(page.DisplayPath);
            var title = _values.Required(page.FrontMatter.Title, "title", page.FrontMatter.Location);
            var slug = _values.Slug(page.FrontMatter.Slug, page.DefaultSlug, fileStart);
            if (page.Section.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => !Slugs.IsValid(s)) is { } badFolder)
            {
                diagnostics.Error(fileStart, $"folder name '{badFolder}' cannot be a URL: use {Slugs.Rule}");
                continue;
            }

            if (title is null || slug is null)
            {
                continue;
            }

            var url = page.Section.Length == 0 ? $"{slug}/" : $"{page.Section}/{slug}/";
            var location = page.FrontMatter.Slug?.Location ?? fileStart;
            if (page.Section.Length == 0 && Reserved.Contains(slug))
            {
                diagnostics.Error(location, $"the URL '{url}' is used by the generator; choose another slug");
            }
            else if (!taken.TryAdd(url, page.DisplayPath))
            {
                diagnostics.Error(location, $"duplicate page URL '{url}': also used by {taken[url]}");
            }
            else
            {
                checkedPages.Add(new CheckedPage(page, title, url, page.FrontMatter.Draft?.Value ?? false));
            }
        }

        return checkedPages;
    }
}
