using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Listings;

namespace GeccPortal.Generator.Rendering.Sitemap;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9): the home page, every circular, every listing page (the list of all
/// circulars included) and plain page. A page's
/// lastmod is the newest change among the content it shows. The protocol wants full URLs: with a path-only
/// baseUrl the locations are root-relative, which crawlers resolve only if told the site's address.
/// </summary>
public static class SitemapXml
{
    public const string Path = "sitemap.xml";

    public static ReadOnlyMemory<byte> Write(Site site, IReadOnlyList<Listing> listings, SourceDates dates)
    {
        var changed = new Dictionary<Circular, DateTimeOffset>(site.Circulars.Count);
        foreach (var circular in site.Circulars)
        {
            changed[circular] = dates.Of(circular.SourcePath);
        }

        // A plain loop, not LINQ's Max: the sitemap is made on every rebuild, and the generic Max and Select over
        // a nullable date are compiled afresh in each process (ReadyToRun cannot hold them), then run slowly.
        DateTimeOffset? Newest(IEnumerable<Circular> circulars)
        {
            DateTimeOffset? newest = null;
            foreach (var circular in circulars)
            {
                var time = changed[circular];
                if (newest is not { } known || time > known)
                {
                    newest = time;
                }
            }

            return newest;
        }

        var sitemap = new SitemapWriter(site.Settings, site.Circulars.Count + listings.Count);
        sitemap.Url("", Newest(site.Circulars));
        foreach (var circular in site.Circulars)
        {
            sitemap.Url(circular.Url, changed[circular]);
        }

        foreach (var slice in AllCirculars.Pages(site))
        {
            sitemap.Url(slice.Url, Newest(slice.Items));
        }

        foreach (var listing in listings)
        {
            sitemap.Url(listing.Kind.Url, Newest(listing.Groups.SelectMany(g => g.Circulars)));
            foreach (var group in listing.Groups)
            {
                foreach (var slice in Pagination.Split(group.Circulars, group.Url))
                {
                    sitemap.Url(slice.Url, Newest(slice.Items));
                }
            }
        }

        foreach (var page in site.Pages)
        {
            sitemap.Url(page.Url, lastModified: null);
        }

        return sitemap.Finish();
    }
}
