using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Sharing;
using GeccPortal.Generator.Rendering.Sitemap;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>The sitemap's own writer writes what an indenting <see cref="XmlWriter"/> wrote, byte for byte.</summary>
public sealed class SitemapWriterTests
{
    private const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static TheoryData<string> BaseUrls => ["/", "/gecc/", "https://example.go.th/gecc/", "https://example.go.th/a&b<c>/"];

    [Theory]
    [MemberData(nameof(BaseUrls))]
    public void Entries_are_written_as_an_indenting_XmlWriter_writes_them(string baseUrl)
    {
        var settings = new SiteSettings("ทดสอบ", baseUrl, baseUrl.StartsWith('/') ? baseUrl : new Uri(baseUrl).AbsolutePath, DigitStyle.Thai, null);
        (string Url, DateTimeOffset? Time)[] entries =
        [
            ("", new DateTimeOffset(2025, 1, 23, 9, 5, 7, TimeSpan.Zero)),
            ("circulars/2568-moi-w76/", new DateTimeOffset(2025, 1, 23, 9, 5, 7, TimeSpan.Zero)),
            // Another offset: the stamp is in UTC whatever offset the time came with.
            ("circulars/2568-dla-w76/", new DateTimeOffset(2025, 1, 24, 1, 0, 0, TimeSpan.FromHours(7))),
            ("agencies/มท/page/2/", new DateTimeOffset(2025, 1, 23, 9, 5, 7, TimeSpan.Zero)),
            ("search/?q=a&b<c>", null),
            ("about/", null),
        ];

        var writer = new SitemapWriter(settings, entries.Length);
        foreach (var (url, time) in entries)
        {
            writer.Url(url, time);
        }

        var written = Encoding.UTF8.GetString(writer.Finish().Span);

        Assert.Equal(WithXmlWriter(settings, entries), written);
        var urls = XDocument.Parse(written).Root!.Elements(XName.Get("url", Sitemap)).ToList();
        Assert.Equal(entries.Length, urls.Count);
        Assert.Equal("2025-01-23T18:00:00Z", (string?)urls[2].Element(XName.Get("lastmod", Sitemap)));
        Assert.Contains("search/?q=a&b", (string?)urls[4].Element(XName.Get("loc", Sitemap)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_sitemap_is_a_whole_document()
    {
        var writer = new SitemapWriter(new SiteSettings("ทดสอบ", "/", "/", DigitStyle.Thai, null), 0);

        var written = Encoding.UTF8.GetString(writer.Finish().Span);

        Assert.Empty(XDocument.Parse(written).Root!.Elements());
        Assert.Equal(WithXmlWriter(new SiteSettings("ทดสอบ", "/", "/", DigitStyle.Thai, null), []), written);
    }

    // What sitemap.xml was written with before: the reference for the bytes.
    private static string WithXmlWriter(SiteSettings settings, (string Url, DateTimeOffset? Time)[] entries)
    {
        var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Sitemap);
            foreach (var (url, time) in entries)
            {
                xml.WriteStartElement("url", Sitemap);
                xml.WriteElementString("loc", Sitemap, AbsoluteUrls.For(settings, url) ?? settings.Link(url));
                if (time is { } t)
                {
                    xml.WriteElementString("lastmod", Sitemap, t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
