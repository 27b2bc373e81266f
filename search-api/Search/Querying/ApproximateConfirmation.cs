using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Whether a letter the approximate try found (<see cref="ApproximateMatch"/>) is near the query in its words, not
/// only in its bigrams: common bigrams one edit away (การ, ราช, ตั้ง, เลือด) are in any long letter, so a topic no
/// letter has (<c>ศูนย์ราชการสะดวก</c>) found five unrelated letters and a slip (<c>เลือกตัง</c>) put a letter about
/// ไข้เลือดออก first. About <see cref="ApproximateMatch.Share"/> of the query's text, by characters as its bigrams
/// are counted, must be in the letter: each dictionary word of a query word (ฝุ่น, โรงเรียน of <c>ฝุ่นในโรงเรียน</c>)
/// the letter has as a word, and all of a query word the letter has as the search finds it or a slip away.
/// Grammar (ใน, การ) does not count: any letter has it.
/// </summary>
public static class ApproximateConfirmation
{
    /// <param name="circular">Reads the letter's stored texts: only when its words in the index are not enough to confirm it.</param>
    /// <param name="hasWord">Whether the letter has a dictionary word as a word of its own (its word fields in the index):
    /// นคร is not a word of นครราชสีมา.</param>
    /// <param name="hasNear">Whether the letter has a word a slip away from two dictionary words in a row (<see cref="Pairs"/>):
    /// เชียง + ใหม of a typed เชียงใหม for เชียงใหม่, สังคั + ม for สังคม.</param>
    public static bool Confirms(Func<StoredCircular> circular, QueryPlan plan, Func<string, bool> hasWord, Func<string, bool> hasNear)
    {
        ArgumentNullException.ThrowIfNull(circular);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(hasWord);
        ArgumentNullException.ThrowIfNull(hasNear);

        // Dictionary words first, a cheap look: most of a query is written as typed. Only the words missing some
        // of theirs are then looked for as the search and the highlighter find them, the most missing first.
        var missing = new int[plan.Words.Count];
        var wanted = 0;
        for (var i = 0; i < plan.Words.Count; i++)
        {
            foreach (var (piece, present) in PiecesOf(plan.Words[i], hasWord, hasNear))
            {
                wanted += piece.Length;
                missing[i] += present ? 0 : piece.Length;
            }
        }

        var needed = wanted * ApproximateMatch.Share;
        double found = wanted - missing.Sum();
        // The letter is read only when a word must be looked for in it (reading took a fifth of this check's CPU on
        // bench/api's queries), and each text normalised and cut into units only until the word is found.
        string[]? texts = null;
        var normalized = Array.Empty<NormalizedText?>();
        var units = Array.Empty<List<TextUnit>?>();
        foreach (var i in Enumerable.Range(0, plan.Words.Count).Where(i => missing[i] > 0).OrderByDescending(i => missing[i]))
        {
            if (found >= needed)
            {
                break;
            }

            if (texts is null)
            {
                texts = [.. TextsOf(circular()).Where(text => text.Length > 0)];
                normalized = new NormalizedText?[texts.Length];
                units = new List<TextUnit>?[texts.Length];
            }

            for (var t = 0; t < texts.Length; t++)
            {
                normalized[t] ??= NormalizedText.Create(texts[t]);
                units[t] ??= UnitSegmenter.Segment(normalized[t]!.Text, joinThaiAcrossSpace: true);
                if (TextMatcher.Has(normalized[t]!, units[t]!, plan.Words[i]))
                {
                    found += missing[i];
                    break;
                }
            }
        }

        return wanted > 0 && found >= needed;
    }

    /// <summary>
    /// The word's dictionary words other than grammar (ใน, การ: any letter has them), the word itself when it has no
    /// other, each with whether the letter has it: as a word, or in a word a slip away from it and a word beside it.
    /// </summary>
    private static IEnumerable<(string Piece, bool Present)> PiecesOf(QueryWord word, Func<string, bool> hasWord, Func<string, bool> hasNear)
    {
        var words = word.Words;
        if (words.All(NearbyWords.IsGrammatical))
        {
            yield return (word.Text, hasWord(word.Text));
            yield break;
        }

        for (var k = 0; k < words.Count; k++)
        {
            if (!NearbyWords.IsGrammatical(words[k]))
            {
                yield return (words[k], hasWord(words[k])
                    || (k > 0 && hasNear(words[k - 1] + words[k])) || (k + 1 < words.Count && hasNear(words[k] + words[k + 1])));
            }
        }
    }

    /// <summary>What <c>hasWord</c> is asked about for a query word: its dictionary words, or the word itself.</summary>
    public static IEnumerable<string> Pieces(QueryWord word) => PiecesOf(word, _ => true, _ => true).Select(piece => piece.Piece);

    /// <summary>What <c>hasNear</c> is asked about for a query word: each two of its dictionary words in a row, joined.</summary>
    public static IEnumerable<string> Pairs(QueryWord word) => word.Words.Zip(word.Words.Skip(1), (first, second) => first + second);

    private static IEnumerable<string> TextsOf(StoredCircular circular) =>
        [circular.Title, circular.Body, .. circular.Attachments.Select(attachment => attachment.Text), .. circular.EnclosureTitles,
            .. circular.People, .. circular.Meta];
}
