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

    /// <summary>
    /// The word boundary (by ICU's Thai dictionary) nearest <paramref name="index"/> on one side: at or before it
    /// when <paramref name="forward"/> is false, else at or after it; -1 when there is none within its run of
    /// text between spaces. Only that run (at most <see cref="BoundaryReach"/> characters either side) is
    /// segmented: ICU segments each run on its own, so its boundaries are as in the whole text.
    /// </summary>
    public static int WordBoundaryNear(string text, int index, bool forward)
    {
        index = Math.Clamp(index, 0, text.Length);
        var from = index;
        while (from > 0 && index - from < BoundaryReach && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = index;
        while (to < text.Length && to - index < BoundaryReach && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        if (index == from || index == to)
        {
            return index;
        }

        var breaker = ThaiWordBreaks.Rent();
        try
        {
            breaker.SetText(text[from..to]);
            var local = index - from;
            var boundary = breaker.IsBoundary(local) ? local : forward ? breaker.Following(local) : breaker.Preceding(local);
            // The window's own ends are boundaries only where the run really ends there.
            var runStart = from == 0 || char.IsWhiteSpace(text[from - 1]);
            var runEnd = to == text.Length || char.IsWhiteSpace(text[to]);
            return boundary == BreakIterator.Done || (boundary == 0 && !runStart) || (boundary == to - from && !runEnd)
                ? -1
                : from + boundary;
        }
        finally
        {
            ThaiWordBreaks.Return(breaker);
        }
    }

    private const int BoundaryReach = 200;

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
