using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Planning;

namespace GeccPortal.Generator.Rendering.Listings;

/// <summary>
/// Every published circular, newest first, paginated like the other listings: page 1 at <c>circulars/</c>,
/// page n at <c>circulars/page/n/</c>. The home page shows only the newest <see cref="Pages.HomePage.LatestCount"/>;
/// this is the one list in date order that reaches all of them. Letters live at <c>circulars/&lt;slug&gt;/</c>
/// beside it, so the slug <see cref="ReservedSlug"/> is refused (its folder holds this list's later pages).
/// </summary>
public static class AllCirculars
{
    public const string Url = "circulars/";

    public const string Title = "หนังสือเวียนทั้งหมด";

    /// <summary>The folder of page 2 onwards (<see cref="Pagination.PageUrl"/>), which no circular may take as its slug.</summary>
    public const string ReservedSlug = Pagination.PageSegment;

    public static IReadOnlyList<PageSlice<Circular>> Pages(Site site) => Pagination.Split(site.Circulars, Url);

    public static IEnumerable<PlannedFile> Plan(Site site, PageKeys keys)
    {
        foreach (var slice in Pages(site))
        {
            var path = slice.Url + "index.html";
            yield return PlannedFile.Page(path, keys.AllCircularsPage(slice, site.Circulars.Count), renderer =>
                renderer.RenderUtf8Async<AllCircularsPage>(new Dictionary<string, object?> { ["Site"] = site, ["Slice"] = slice }));
        }
    }
}
