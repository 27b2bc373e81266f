using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Whether a letter the approximate try found (<see cref="ApproximateMatch"/>) is near the query in its words, not
/// only in its bigrams: common bigrams one edit away (การ, ราช, ตั้ง, เลือด) are in any long letter, so a topic no
/// letter has (<c>ศูนย์ราชการสะดวก</c>) found five unrelated letters and a slip (<c>เลือกตัง</c>) put a letter about
/// ไข้เลือดออก first. About <see cref="ApproximateMatch.Share"/> of the query's text, by characters as its bigrams
/// are counted, must be in the letter: a query word the letter has as the search finds it, or a slip away, counts
/// whole; else each of its dictionary words (ฝุ่น, โรงเรียน of <c>ฝุ่นในโรงเรียน</c>) where the letter writes it.
/// Grammar (ใน, การ) does not count: any letter has it.
/// </summary>
public static class ApproximateConfirmation
{
    public static bool Confirms(StoredCircular circular, QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(circular);
        ArgumentNullException.ThrowIfNull(plan);
        var texts = TextsOf(circular).Where(text => text.Length > 0).ToList();
        var wholeWords = new bool[plan.Words.Count];
        foreach (var text in texts)
        {
            var inText = TextMatcher.WordsIn(text, plan);
            for (var i = 0; i < wholeWords.Length; i++)
            {
                wholeWords[i] |= inText[i];
            }
        }

        var normalizedTexts = texts.Select(text => NormalizedText.Create(text).Text).ToList();
        int wanted = 0, found = 0;
        for (var i = 0; i < plan.Words.Count; i++)
        {
            foreach (var piece in Pieces(plan.Words[i]))
            {
                wanted += piece.Length;
                found += wholeWords[i] || normalizedTexts.Any(text => text.Contains(piece, StringComparison.Ordinal)) ? piece.Length : 0;
            }
        }

        return wanted > 0 && found >= wanted * ApproximateMatch.Share;
    }

    /// <summary>The word's dictionary words other than grammar (ใน, การ), which any letter has; the word itself when it has no other.</summary>
    private static List<string> Pieces(QueryWord word)
    {
        var pieces = word.Words.Where(piece => !NearbyWords.IsGrammatical(piece)).Distinct(StringComparer.Ordinal).ToList();
        return pieces.Count > 0 ? pieces : [word.Text];
    }

    private static IEnumerable<string> TextsOf(StoredCircular circular) =>
        [circular.Title, circular.Body, .. circular.Attachments.Select(attachment => attachment.Text), .. circular.EnclosureTitles,
            .. circular.People, .. circular.Meta];
}
