using System.Globalization;
using System.Text.RegularExpressions;

using ICU4N.Text;

namespace GeccPortal.Thai;

/// <summary>
/// Cuts a summary from running text at a word boundary found by ICU's Thai dictionary, never inside a
/// character cluster. Words are never counted by spaces: Thai has none between words.
/// </summary>
public static partial class ThaiExcerpt
{
    public static string Cut(string text, int maxChars)
    {
        var flat = Whitespace().Replace(text, " ").Trim();
        if (flat.Length <= maxChars)
        {
            return flat;
        }

        var breaker = BreakIterator.GetWordInstance(new CultureInfo("th"));
        breaker.SetText(flat);
        var end = breaker.Preceding(maxChars + 1);
        if (end <= 0)
        {
            end = ClusterBoundaryAtOrBefore(flat, maxChars);
        }

        return flat[..end].TrimEnd() + "…";
    }

    /// <summary>The last grapheme-cluster boundary at or before <paramref name="limit"/>.</summary>
    public static int ClusterBoundaryAtOrBefore(string text, int limit)
    {
        var boundary = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var next = enumerator.ElementIndex + ((string)enumerator.Current).Length;
            if (next > limit)
            {
                break;
            }

            boundary = next;
        }

        return boundary;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
