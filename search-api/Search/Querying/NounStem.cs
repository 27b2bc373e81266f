using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A noun made with การ or ความ (<c>การเผา</c>, <c>ความปลอดภัย</c>) stands for its verb or adjective, which letters
/// write in other forms: <c>ห้ามเผา</c>, <c>เผาในที่โล่ง</c>, <c>ปลอดภัยไว้ก่อน</c>. The stem is looked for as the
/// splits are (only when few letters hold the word as typed, and ranked below them all).
/// </summary>
public static class NounStem
{
    private static readonly string[] Prefixes = ["การ", "ความ"];

    /// <summary>The word without its การ or ความ, read as a query word; null for any other word, or a stem of grammar only.</summary>
    /// <param name="read">Reads the stem's text as a query word (its words, units and bigrams).</param>
    public static QueryWord? Of(QueryWord word, Func<string, QueryWord?> read)
    {
        if (word.Words.Count < 2 || !Prefixes.Contains(word.Words[0]))
        {
            return null;
        }

        var rest = word.Words.Skip(1).ToList();
        if (!rest.All(part => part.Length > 0 && part.All(UnitSegmenter.IsThai)) || rest.All(NearbyWords.IsGrammatical))
        {
            return null;
        }

        return read(string.Concat(rest));
    }
}
