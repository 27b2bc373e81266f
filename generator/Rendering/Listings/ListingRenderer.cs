using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Planning;

namespace GeccPortal.Generator.Rendering.Listings;

/// <summary>Every listing page: each kind's index, and each group's pages (<c>years/2568/</c>, <c>years/2568/page/2/</c>).</summary>
public static class ListingRenderer
{
    public static IEnumerable<PlannedFile> Plan(Site site, IReadOnlyList<Listing> listings, PageKeys keys)
    {
        foreach (var listing in listings)
        {
            yield return PlannedFile.Page(listing.Kind.Url + "index.html", keys.ListingIndex(listing), renderer =>
                renderer.RenderUtf8Async<ListingIndexPage>(new Dictionary<string, object?> { ["Site"] = site, ["Listing"] = listing }));
            foreach (var group in listing.Groups)
            {
                foreach (var slice in Pagination.Split(group.Circulars, group.Url))
                {
                    var path = Pagination.PageUrl(group.Kind.GroupFolder(group.Key.Key), slice.Number) + "index.html";
                    yield return PlannedFile.Page(path, keys.ListingPage(group, slice), renderer => renderer.RenderUtf8Async<ListingPage>(
                        new Dictionary<string, object?> { ["Site"] = site, ["Group"] = group, ["Slice"] = slice }));
                }
            }
        }
    }
}
