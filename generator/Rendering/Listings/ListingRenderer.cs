using GeccPortal.Generator.Model;
using GeccPortal.Generator.Output;

namespace GeccPortal.Generator.Rendering.Listings;

/// <summary>Every listing page: each kind's index, and each group's pages (<c>years/2568/</c>, <c>years/2568/page/2/</c>).</summary>
public static class ListingRenderer
{
    /// <summary>One render job per page, so the pages can be rendered in parallel.</summary>
    public static IReadOnlyList<Func<ComponentRenderer, Task<IReadOnlyList<OutputFile>>>> Jobs(Site site, IReadOnlyList<Listing> listings)
    {
        var jobs = new List<Func<ComponentRenderer, Task<IReadOnlyList<OutputFile>>>>();
        foreach (var listing in listings)
        {
            jobs.Add(async renderer => [new TextOutput(listing.Kind.Url + "index.html",
                await renderer.RenderAsync<ListingIndexPage>(new Dictionary<string, object?> { ["Site"] = site, ["Listing"] = listing }))]);
            foreach (var group in listing.Groups)
            {
                foreach (var slice in Pagination.Split(group.Circulars, group.Url))
                {
                    var path = Pagination.PageUrl(group.Kind.GroupFolder(group.Key.Key), slice.Number) + "index.html";
                    jobs.Add(async renderer => [new TextOutput(path, await renderer.RenderAsync<ListingPage>(
                        new Dictionary<string, object?> { ["Site"] = site, ["Group"] = group, ["Slice"] = slice }))]);
                }
            }
        }

        return jobs;
    }
}
