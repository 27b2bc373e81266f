using GeccPortal.Generator.Attachments;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Feeds;
using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Generator.Rendering.Pages;
using GeccPortal.Generator.Rendering.Sitemap;

namespace GeccPortal.Generator.Rendering.Planning;

/// <summary>
/// Every file of the site, planned: a path, a render key and a way to make it. Nothing is rendered here;
/// the writer renders only what changed, on all cores.
/// </summary>
public static class SitePlan
{
    /// <param name="sourceDates">Last-modified dates of the content files, for the sitemap.</param>
    public static IReadOnlyList<PlannedFile> Of(Site site, IReadOnlyList<Listing> listings, Func<SourceDates> sourceDates)
    {
        var keys = new PageKeys(site);
        var files = new List<PlannedFile>
        {
            PlannedFile.Page("index.html", keys.Home("index.html", listings), renderer => renderer.RenderUtf8Async<HomePage>(
                new Dictionary<string, object?> { ["Site"] = site, ["Listings"] = listings })),
            PlannedFile.Bytes(CatalogJson.Path, keys.Everything(CatalogJson.Path), () => CatalogJson.Write(site)),
            PlannedFile.Bytes(CatalogCsv.Path, keys.Everything(CatalogCsv.Path), () => CatalogCsv.Write(site)),
            PlannedFile.Text(RobotsTxt.Path, keys.SettingsOnly(RobotsTxt.Path), () => RobotsTxt.Write(site.Settings)),
            Page<NotFoundPage>("404.html", keys.SettingsOnly("404.html"), site),

            // Last-modified dates come from git or file times, which no key covers: made on every build, and
            // written only when its bytes differ.
            PlannedFile.Bytes(SitemapXml.Path, null, () => SitemapXml.Write(site, listings, sourceDates())),
        };

        // The search page only where there is an API to call (site.yml's searchApi).
        if (site.Settings.SearchApi is not null)
        {
            var path = SearchPage.Url + "index.html";
            var fiscalYears = listings.Single(l => l.Kind == ListingKinds.FiscalYears);
            files.Add(PlannedFile.Page(path, keys.Search(path, listings.Single(l => l.Kind == ListingKinds.Agencies), fiscalYears), renderer =>
                renderer.RenderUtf8Async<SearchPage>(new Dictionary<string, object?> { ["Site"] = site, ["FiscalYears"] = fiscalYears })));
        }

        foreach (var circular in site.Circulars)
        {
            AddCircular(files, keys, site, circular);
        }

        files.AddRange(ListingRenderer.Plan(site, listings, keys));
        files.AddRange(AllCirculars.Plan(site, keys));
        files.AddRange(FeedRenderer.Plan(site, listings.Single(l => l.Kind == ListingKinds.Agencies), keys));
        foreach (var page in site.Pages)
        {
            var path = page.Url + "index.html";
            files.Add(PlannedFile.Page(path, keys.SettingsOnly(path), renderer => renderer.RenderUtf8Async<ContentPage>(
                new Dictionary<string, object?> { ["Site"] = site, ["Page"] = page })));
        }

        files.AddRange(SiteAssets.Plan(keys));
        return files;
    }

    private static void AddCircular(List<PlannedFile> files, PageKeys keys, Site site, Circular circular)
    {
        var key = keys.Circular(circular);
        files.Add(PlannedFile.Page(circular.Url + "index.html", key, async renderer =>
        {
            var html = await renderer.RenderUtf8Async<CircularPage>(new Dictionary<string, object?> { ["Site"] = site, ["Circular"] = circular });
            circular.KeepPlainTextOnly();
            return html;
        }));
        foreach (var file in circular.Enclosures.Select(e => e.File).OfType<Attachment>())
        {
            files.Add(PlannedFile.Copy(circular.Url + file.FileName, PageKeys.CopiedFile(circular, file), file.SourcePath));
            if (AttachmentText.HasView(file))
            {
                files.Add(PlannedFile.Page(AttachmentText.Url(circular, file), PageKeys.Attachment(key, file), renderer =>
                    renderer.RenderUtf8Async<AttachmentTextPage>(new Dictionary<string, object?> { ["Site"] = site, ["Circular"] = circular, ["File"] = file })));
            }
        }
    }

    private static PlannedFile Page<TPage>(string path, string key, Site site)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        PlannedFile.Page(path, key, renderer => renderer.RenderUtf8Async<TPage>(new Dictionary<string, object?> { ["Site"] = site }));
}
