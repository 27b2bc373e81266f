using System.Text;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// A bundled stylesheet as the site serves it: without its comments, indentation and blank lines. The comments
/// say why each rule is there (for whoever edits generator/Assets) and were two fifths of site.css's bytes, which
/// every page's budget counts. Quoted strings are kept whole, so a <c>/*</c> inside one is no comment.
/// </summary>
public static class StylesheetText
{
    public static string Compact(string css)
    {
        var kept = new StringBuilder(css.Length);
        char? quote = null;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (quote is { } open)
            {
                kept.Append(c);
                if (c == '\\' && i + 1 < css.Length)
                {
                    kept.Append(css[++i]);
                }
                else if (c == open)
                {
                    quote = null;
                }
            }
            else if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;

                // A comment between two values parts them (0/**/auto): it becomes a space where none is beside it.
                if (kept.Length > 0 && !char.IsWhiteSpace(kept[^1]) && i + 1 < css.Length && !char.IsWhiteSpace(css[i + 1]))
                {
                    kept.Append(' ');
                }
            }
            else if (c is 'u' or 'U' && UnquotedUrlAt(css, i) is { } urlEnd)
            {
                // url(//host/a/*b.png) holds no comment: copied as written up to its closing parenthesis.
                kept.Append(css, i, urlEnd - i + 1);
                i = urlEnd;
            }
            else
            {
                if (c is '"' or '\'')
                {
                    quote = c;
                }

                kept.Append(c);
            }
        }

        var lines = kept.ToString().Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Where an unquoted <c>url(…)</c> starting at <paramref name="start"/> closes; null when none starts there.</summary>
    private static int? UnquotedUrlAt(string css, int start)
    {
        if (string.Compare(css, start, "url(", 0, 4, StringComparison.OrdinalIgnoreCase) != 0
            || (start > 0 && (char.IsLetterOrDigit(css[start - 1]) || css[start - 1] is '-' or '_')))
        {
            return null;
        }

        var open = start + 4;
        while (open < css.Length && char.IsWhiteSpace(css[open]))
        {
            open++;
        }

        if (open >= css.Length || css[open] is '"' or '\'')
        {
            return null;
        }

        var close = css.IndexOf(')', open);
        return close < 0 ? null : close;
    }
}
