using System.Globalization;
using System.Text;
using System.Xml;

using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Generator.Rendering.Sharing;

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

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static ReadOnlyMemory<byte> Write(Site site, IReadOnlyList<Listing> listings, SourceDates dates)
    {
        var changed = site.Circulars.ToDictionary(c => c, c => dates.Of(c.SourcePath));
        DateTimeOffset? Newest(IEnumerable<Circular> circulars) =>
            circulars.Select(c => (DateTimeOffset?)changed[c]).Max();

        // Straight to UTF-8 in one buffer (a URL entry is some 120 bytes), not through a string and copies of it.
        var bytes = new MemoryStream(Math.Max(1 << 16, (site.Circulars.Count + listings.Count) * 160));
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            WriteUrl(xml, site, "", Newest(site.Circulars));
            foreach (var circular in site.Circulars)
            {
                WriteUrl(xml, site, circular.Url, changed[circular]);
            }

            foreach (var slice in AllCirculars.Pages(site))
            {
                WriteUrl(xml, site, slice.Url, Newest(slice.Items));
            }

            foreach (var listing in listings)
            {
                WriteUrl(xml, site, listing.Kind.Url, Newest(listing.Groups.SelectMany(g => g.Circulars)));
                foreach (var group in listing.Groups)
                {
                    foreach (var slice in Pagination.Split(group.Circulars, group.Url))
                    {
                        WriteUrl(xml, site, slice.Url, Newest(slice.Items));
                    }
                }
            }

            foreach (var page in site.Pages)
            {
                WriteUrl(xml, site, page.Url, lastModified: null);
            }

            xml.WriteEndElement();
        }

        return new ReadOnlyMemory<byte>(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    private static void WriteUrl(XmlWriter xml, Site site, string relativeUrl, DateTimeOffset? lastModified)
    {
        xml.WriteStartElement("url", SitemapNamespace);
        xml.WriteElementString("loc", SitemapNamespace, AbsoluteUrls.For(site.Settings, relativeUrl) ?? site.Settings.Link(relativeUrl));
        if (lastModified is { } time)
        {
            xml.WriteElementString("lastmod", SitemapNamespace, time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
