using System.Text;
using System.Xml;

using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Sharing;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Rendering.Feeds;

/// <summary>
/// An Atom feed (RFC 4287) of circulars, newest first, capped at <see cref="MaxEntries"/> so a feed reader's
/// poll stays small however large the archive grows. Links are absolute when site.yml's baseUrl is; with a
/// path-only baseUrl they are root-relative (a reader resolves them against the feed's own address) and the
/// ids are <c>urn:gecc:</c> names built from the same paths, which never change.
/// </summary>
public static class AtomFeed
{
    public const int MaxEntries = 50;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <param name="feedPath">Site-relative path of the feed itself: <c>feed.xml</c>, <c>agencies/มท/feed.xml</c>.</param>
    /// <param name="pageUrl">Site-relative URL of the HTML page the feed follows.</param>
    public static string Write(Site site, string title, string feedPath, string pageUrl, IEnumerable<Circular> newestFirst)
    {
        var entries = newestFirst.Take(MaxEntries).ToList();
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, "th");
            xml.WriteElementString("title", AtomNamespace, title);
            xml.WriteElementString("id", AtomNamespace, Id(site, feedPath));
            xml.WriteElementString("updated", AtomNamespace, Timestamp(entries.Count > 0 ? entries.Max(c => c.Date) : new DateOnly(2000, 1, 1)));
            WriteLink(xml, "self", Href(site, feedPath), "application/atom+xml");
            WriteLink(xml, "alternate", Href(site, pageUrl), "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, site.Settings.Title);
            xml.WriteEndElement();
            xml.WriteElementString("generator", AtomNamespace, "gecc");
            foreach (var circular in entries)
            {
                WriteEntry(xml, site, circular);
            }

            xml.WriteEndElement();
        }

        // StringBuilder output declares utf-16; the file is written as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void WriteEntry(XmlWriter xml, Site site, Circular circular)
    {
        xml.WriteStartElement("entry", AtomNamespace);
        // Letters forwarded down a chain share their subject: the reference number tells them apart in a reader.
        xml.WriteElementString("title", AtomNamespace, circular.Ref is null ? Display.NamedTitle(circular) : $"{circular.Title} ({Display.RefLine(circular.Ref, site.Settings)})");
        xml.WriteElementString("id", AtomNamespace, Id(site, circular.Url));
        xml.WriteElementString("updated", AtomNamespace, Timestamp(circular.Date));
        xml.WriteElementString("published", AtomNamespace, Timestamp(circular.Date));
        WriteLink(xml, "alternate", Href(site, circular.Url), "text/html");
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, circular.AgencyName ?? circular.Issuer?.Split('\n')[0] ?? site.Settings.Title);
        xml.WriteEndElement();
        xml.WriteStartElement("category", AtomNamespace);
        xml.WriteAttributeString("term", circular.Type);
        xml.WriteAttributeString("label", circular.TypeLabel);
        xml.WriteEndElement();
        var summary = $"{(circular.Ref is null ? circular.TypeLabel : Display.RefLine(circular.Ref, site.Settings))} ลงวันที่ {Display.Date(circular.Date, site.Settings)}"
            + (circular.Urgency is null ? "" : $" ({circular.Urgency})") + " " + ThaiExcerpt.Cut(circular.PlainText, 300);
        xml.WriteStartElement("summary", AtomNamespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(summary.Trim());
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Href(Site site, string relativePath) =>
        AbsoluteUrls.For(site.Settings, relativePath) ?? site.Settings.Link(relativePath);

    private static string Id(Site site, string relativePath) =>
        AbsoluteUrls.For(site.Settings, relativePath) ?? "urn:gecc:" + site.Settings.Link(relativePath).TrimStart('/');

    /// <summary>A circular carries a date, not a time: midnight in Thailand (UTC+7).</summary>
    private static string Timestamp(DateOnly date) => Display.IsoDate(date) + "T00:00:00+07:00";
}
