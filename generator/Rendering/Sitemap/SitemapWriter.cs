using System.Globalization;
using System.Text;

using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Sharing;

namespace GeccPortal.Generator.Rendering.Sitemap;

/// <summary>
/// Writes a sitemap's <c>&lt;url&gt;</c> entries straight to UTF-8, indented as an <c>XmlWriter</c> indents them. A
/// sitemap is some 14,000 entries of two short elements each, remade on every rebuild: written through
/// <c>XmlWriter</c>, with its checks and a date format parsed for each entry, it was the slowest file of a
/// one-letter rebuild. Locations are site URLs, escaped here; nothing else is text.
/// </summary>
internal sealed class SitemapWriter
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"";

    private readonly SiteSettings _settings;
    private readonly MemoryStream _bytes;
    private readonly StreamWriter _text;
    private DateTimeOffset _lastTime;
    private string _lastStamp = "";
    private int _urls;

    public SitemapWriter(SiteSettings settings, int expectedUrls)
    {
        _settings = settings;
        // An entry is some 120 bytes.
        _bytes = new MemoryStream(Math.Max(1 << 16, expectedUrls * 160));
        _text = new StreamWriter(_bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        _text.Write(Head);
    }

    /// <summary>One page: its site-relative URL, and when what it shows last changed, if known.</summary>
    public void Url(string relativeUrl, DateTimeOffset? lastModified)
    {
        _text.Write(_urls++ == 0 ? ">\n  <url>\n    <loc>" : "  <url>\n    <loc>");
        WriteEscaped(AbsoluteUrls.For(_settings, relativeUrl) ?? _settings.Link(relativeUrl));
        _text.Write("</loc>\n");
        if (lastModified is { } time)
        {
            _text.Write("    <lastmod>");
            _text.Write(Stamp(time));
            _text.Write("</lastmod>\n");
        }

        _text.Write("  </url>\n");
    }

    /// <summary>Closes the document; the writer is done with after this.</summary>
    public ReadOnlyMemory<byte> Finish()
    {
        // As XmlWriter closes an element with no content.
        _text.Write(_urls == 0 ? " />" : "</urlset>");
        _text.Flush();
        return new ReadOnlyMemory<byte>(_bytes.GetBuffer(), 0, (int)_bytes.Length);
    }

    // Many files share a time (one commit, one checkout), and entries come in runs of them.
    private string Stamp(DateTimeOffset time)
    {
        if (time != _lastTime || _lastStamp.Length == 0)
        {
            _lastTime = time;
            _lastStamp = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return _lastStamp;
    }

    // The characters XML text may not hold as they are (a query string's &, which a site URL may carry).
    private void WriteEscaped(string text)
    {
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny('&', '<', '>'); at >= 0; at = rest.IndexOfAny('&', '<', '>'))
        {
            _text.Write(rest[..at]);
            _text.Write(rest[at] switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" });
            rest = rest[(at + 1)..];
        }

        _text.Write(rest);
    }
}
