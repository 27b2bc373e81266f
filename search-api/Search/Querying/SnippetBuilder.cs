using System.Net;
using System.Text;

using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A short, HTML-escaped extract of a text around its densest cluster of matches, matches in &lt;mark&gt;.
/// </summary>
public static class SnippetBuilder
{
    public const int Length = 220;

    /// <summary>Characters shown before the first match, so it reads in context.</summary>
    private const int Lead = 60;

    /// <summary>How far a cut may move to reach a space or a word boundary.</summary>
    private const int CutReach = 20;

    public static string Build(string text, IReadOnlyList<(int Start, int End)> matches)
    {
        var windowStart = matches.Count == 0 ? 0 : BestWindowStart(matches);
        var start = BackToSpace(text, Math.Max(0, windowStart - Lead));
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            end = ForwardToSpace(text, end);
        }

        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('…');
        }

        var position = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            var from = Math.Max(matchStart, start);
            var to = Math.Min(matchEnd, end);
            if (from >= to)
            {
                continue;
            }

            builder.Append(Escape(text, position, from));
            builder.Append("<mark>").Append(Escape(text, from, to)).Append("</mark>");
            position = to;
        }

        builder.Append(Escape(text, position, end));
        if (end < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>The start of the match whose following window holds the most matches.</summary>
    private static int BestWindowStart(IReadOnlyList<(int Start, int End)> matches)
    {
        int best = matches[0].Start, bestCount = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End <= matches[i].Start + Length - Lead; j++)
            {
                count++;
            }

            if (count > bestCount)
            {
                (best, bestCount) = (matches[i].Start, count);
            }
        }

        return best;
    }

    // Thai has no spaces between words, so a cut stops at the nearest space within a short reach, or else at
    // a word boundary by ICU's dictionary, or failing that at a character that starts a cluster (never inside one).
    private static int BackToSpace(string text, int index)
    {
        for (var i = index; i > 0 && index - i < CutReach; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return WordBoundary(text, index, forward: false);
    }

    private static int ForwardToSpace(string text, int index)
    {
        for (var i = index; i < text.Length && i - index < CutReach; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return WordBoundary(text, index, forward: true);
    }

    private static int WordBoundary(string text, int index, bool forward)
    {
        var boundary = ThaiExcerpt.WordBoundaryNear(text, index, forward);
        return boundary >= 0 && Math.Abs(boundary - index) <= CutReach ? boundary : ClusterStart(text, index);
    }

    private static int ClusterStart(string text, int index)
    {
        while (index > 0 && index < text.Length && IsDependent(text[index]))
        {
            index--;
        }

        // A leading vowel (เ แ โ ใ ไ) belongs with the consonant after it.
        return index > 0 && text[index - 1] is >= '\u0E40' and <= '\u0E44' ? index - 1 : index;
    }

    // Thai marks and following vowels attach to the character before them.
    private static bool IsDependent(char c) =>
        c is '\u0E30' or '\u0E31' or '\u0E32' or '\u0E33' or >= '\u0E34' and <= '\u0E3A' or >= '\u0E45' and <= '\u0E4E'
        || char.IsLowSurrogate(c);

    private static string Escape(string text, int from, int to) => WebUtility.HtmlEncode(text[from..to]);
}
