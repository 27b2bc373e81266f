using System.Globalization;
using System.Text.RegularExpressions;

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

        var breaker = ThaiWordBreaks.Rent();
        breaker.SetText(UpToSpaceAfter(flat, maxChars + 1));
        var end = breaker.Preceding(maxChars + 1);
        ThaiWordBreaks.Return(breaker);
        if (end <= 0)
        {
            end = ClusterBoundaryAtOrBefore(flat, maxChars);
        }

        return flat[..end].TrimEnd() + "…";
    }

    /// <summary>
    /// The text up to the first space past <paramref name="position"/>. ICU segments each run of Thai letters
    /// on its own, and a space ends a run, so boundaries before that space come out as in the whole text,
    /// while a long body is not segmented to its end for one excerpt.
    /// </summary>
    private static string UpToSpaceAfter(string text, int position)
    {
        var space = position < text.Length ? text.IndexOf(' ', position) : -1;
        return space < 0 ? text : text[..space];
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
