using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// The one JSON encoder of the site's files (catalog.json, JSON-LD, the search page's labels): Thai stays
/// readable, while '&lt;', '&gt;' and '&amp;' are still escaped, so JSON embedded in a page cannot close its
/// &lt;script&gt; element.
/// </summary>
public static class ReadableJson
{
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
