using GeccPortal.Generator.Attachments;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Output;
using GeccPortal.Generator.Rendering.Feeds;
using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Generator.Rendering.Pages;
using GeccPortal.Generator.Rendering.Sitemap;

namespace GeccPortal.Generator.Rendering;

/// <summary>The render stage: every file of the site, as a list, before anything touches the disk.</summary>
public static class SiteRenderer
{
    /// <param name="rendered">Told how many files each finished page produced, for progress.</param>
    public static async Task<IReadOnlyList<OutputFile>> RenderAsync(Site site, Action<int>? rendered = null)
    {
        await using var renderer = new ComponentRenderer();
        var files = new List<OutputFile>
        {
            new TextOutput("index.html", await renderer.RenderAsync<HomePage>(new Dictionary<string, object?> { ["Site"] = site })),
            new TextOutput("catalog.json", CatalogJson.Write(site)),
        };

        // The search page only where there is an API to call (site.yml's searchApi).
        if (site.Settings.SearchApi is not null)
        {
            files.Add(new TextOutput(SearchPage.Url + "index.html", await renderer.RenderAsync<SearchPage>(new Dictionary<string, object?> { ["Site"] = site })));
        }

        // The bulk of the site, rendered on all cores: a page per circular (with its attachments) and every listing page.
        var listings = Listing.BuildAll(site);
        var jobs = site.Circulars.Select(circular => (Func<ComponentRenderer, Task<IReadOnlyList<OutputFile>>>)(r => RenderCircularAsync(r, site, circular)))
            .Concat(ListingRenderer.Jobs(site, listings))
            .ToList();
        files.AddRange(await ParallelRender.RenderAsync(jobs, (r, job) => job(r), rendered));
        files.AddRange(FeedRenderer.All(site, listings.Single(l => l.Kind == ListingKinds.Agencies)));
        files.Add(new BytesOutput(CatalogCsv.Path, CatalogCsv.Write(site)));
        files.Add(new TextOutput(RobotsTxt.Path, RobotsTxt.Write(site.Settings)));
        files.Add(new TextOutput("404.html", await renderer.RenderAsync<NotFoundPage>(new Dictionary<string, object?> { ["Site"] = site })));

        foreach (var page in site.Pages)
        {
            var html = await renderer.RenderAsync<ContentPage>(new Dictionary<string, object?> { ["Site"] = site, ["Page"] = page });
            files.Add(new TextOutput(page.Url + "index.html", html));
        }

        files.AddRange(SiteAssets.All());
        return files;
    }

    private static async Task<IReadOnlyList<OutputFile>> RenderCircularAsync(ComponentRenderer renderer, Site site, Circular circular)
    {
        var html = await renderer.RenderAsync<CircularPage>(new Dictionary<string, object?> { ["Site"] = site, ["Circular"] = circular });
        var files = new List<OutputFile> { new TextOutput(circular.Url + "index.html", html) };
        foreach (var file in circular.Enclosures.Select(e => e.File).OfType<Attachment>())
        {
            files.Add(new CopiedOutput(circular.Url + file.FileName, file.SourcePath));
            if (AttachmentText.HasView(file))
            {
                var view = await renderer.RenderAsync<AttachmentTextPage>(new Dictionary<string, object?> { ["Site"] = site, ["Circular"] = circular, ["File"] = file });
                files.Add(new TextOutput(AttachmentText.Url(circular, file), view));
            }
        }

        return files;
    }
}
