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
}
