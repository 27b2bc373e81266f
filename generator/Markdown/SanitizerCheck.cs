using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Whether a parsed body holds anything the HTML sanitiser could change. Markdig escapes every text and
/// attribute it writes, so what is left to it is: raw HTML, link and image addresses (their schemes), the
/// style attribute of an aligned table column (rewritten through its CSS parser), and the id, class and other
/// attributes extensions attach (a fenced block's <c>language-…</c> class, which the sanitiser drops).
/// The check errs on the safe side: an address with a space, a control or a non-ASCII character, or an
/// unknown scheme, sends the body through the sanitiser. It finds a scheme as the sanitiser does (a colon, or
/// <c>&amp;#58;</c> or <c>&amp;#x3a;</c>, before any '/' or '#'), and sends it any attribute holding <c>&amp;{</c>, which
/// the sanitiser drops.
/// </summary>
public static class SanitizerCheck
{
    /// <summary>The only schemes a link may keep; a relative address has none.</summary>
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    /// <param name="html">The body as Markdig wrote it.</param>
    public static bool IsNeeded(MarkdownDocument document, string html)
    {
        // Markdig writes '&' as "&amp;" in text and attributes alike; in text it is harmless, and rare.
        if (html.Contains("&amp;{", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var node in document.Descendants())
        {
            var needed = HasAttributes(node) || node switch
            {
                HtmlBlock or HtmlInline => true,
                LinkInline link => !IsSafeAddress(link.Url),
                AutolinkInline autolink => !autolink.IsEmail && !IsSafeAddress(autolink.Url),
                Table table => table.ColumnDefinitions.Any(column => column.Alignment is not null),
                _ => false,
            };
            if (needed)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAttributes(MarkdownObject node) =>
        node.TryGetAttributes() is { } attributes
        && (attributes.Id is not null || attributes.Classes is { Count: > 0 } || attributes.Properties is { Count: > 0 });

    /// <summary>Printable ASCII, and relative or of an allowed scheme.</summary>
    public static bool IsSafeAddress(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Any(c => c <= ' ' || c >= '\u007F'))
        {
            return false;
        }

        // The sanitiser reads a character reference for ':' as one; such an address is left to it.
        if (address.Contains("&#", StringComparison.Ordinal))
        {
            return false;
        }

        // As the sanitiser reads it: a colon before any '/' or '#' ends a scheme (a '?' does not stop it).
        var colon = address.IndexOf(':');
        var pathStart = address.IndexOfAny(['/', '#']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return true;
        }

        var scheme = address[..colon];
        return AllowedSchemes.Any(allowed => string.Equals(allowed, scheme, StringComparison.OrdinalIgnoreCase));
    }
}
