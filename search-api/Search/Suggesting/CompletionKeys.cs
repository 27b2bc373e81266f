using System.Text;
using System.Text.RegularExpressions;

using GeccPortal.Search.Analysis;
using GeccPortal.Thai;

using Lucene.Net.Analysis.TokenAttributes;

namespace GeccPortal.Search.Suggesting;

/// <summary>
/// The keyword forms completion looks up by prefix, and the same folding applied to what the user has
/// typed so far, so <c>ที่ มท ๐๘</c> and <c>มท08</c> reach the same terms.
/// </summary>
public static partial class CompletionKeys
{
    /// <summary>Title completions are cut here: long enough to be unambiguous, short enough to keep terms small.</summary>
    public const int MaxTitleKeyLength = 64;

    private static readonly WordAnalyzer Words = new();

    /// <summary>The forms a person starts typing: from the agency, from the office, from ว.</summary>
    public static IEnumerable<string> ForRef(CircularRef reference)
    {
        var normalized = reference.Normalized;
        yield return normalized;
        yield return normalized[normalized.IndexOfAny("0123456789".ToCharArray())..];
        yield return (reference.IsCircular ? "ว" : "") + reference.Number;
    }

    /// <summary>The normalised title from the start of each word, so a completion can start mid-title.</summary>
    public static IEnumerable<string> ForTitle(string title)
    {
        var normalized = TitlePrefix(title);
        var starts = new SortedSet<int> { 0 };
        using (var stream = Words.GetTokenStream("title", normalized))
        {
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                starts.Add(offset.StartOffset);
            }

            stream.End();
        }

        foreach (var start in starts.Where(start => start < normalized.Length))
        {
            yield return normalized.Substring(start, Math.Min(MaxTitleKeyLength, normalized.Length - start)).TrimEnd();
        }
    }

    /// <summary>What the user typed as a reference prefix: no ที่, no spaces, no dots after letters.</summary>
    public static string RefPrefix(string typed)
    {
        var prepared = CircularRef.Prepare(typed).Trim();
        prepared = LeadingThi().Replace(prepared, "");
        var builder = new StringBuilder(prepared.Length);
        for (var i = 0; i < prepared.Length; i++)
        {
            var c = prepared[i];
            var dotAfterLetter = c == '.' && i > 0 && prepared[i - 1] is >= 'ก' and <= 'ฮ';
            if (!char.IsWhiteSpace(c) && !dotAfterLetter)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>What the user typed as a title prefix: normalised, white space collapsed.</summary>
    public static string TitlePrefix(string typed)
    {
        var prefix = Spaces().Replace(ThaiSearchNormalizer.Normalize(typed), " ").TrimStart();

        // ฯ normalises to a space; typed last (ผู้ว่าฯ) it ends the prefix as the title keys end, not with a space.
        return typed.TrimEnd().EndsWith(ThaiSearchNormalizer.Paiyannoi) ? prefix.TrimEnd() : prefix;
    }

    [GeneratedRegex(@"^ที่(?=\s|[ก-ฮ]{2})")]
    private static partial Regex LeadingThi();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
