using GeccPortal.Search.Analysis;
using GeccPortal.Search.Indexing;

using Lucene.Net.Analysis.TokenAttributes;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A query word typed without spaces found as its dictionary words in the order typed, with a few other words
/// between (<c>เบี้ยผู้สูงอายุ</c> in <c>เบี้ยยังชีพผู้สูงอายุ</c>): when the rule applies, and where in a text it
/// holds. The query (<see cref="LuceneQueryBuilder"/>) and the highlighter (<see cref="TextMatcher"/>) both read
/// it here, so what is marked is what was found.
/// </summary>
public static class NearbyWords
{
    /// <summary>Other words allowed between a query word's dictionary words, in all (a span query's slop).</summary>
    public const int Slop = 4;

    // The analyzer the word fields were indexed with: the same words at the same positions.
    private static readonly WordAnalyzer Analyzer = new();

    /// <summary>
    /// Whether the word is searched for this way: it needs two words that are more than grammar, or ผู้ว่า
    /// would find ผู้อำนวยการแจ้งว่า.
    /// </summary>
    public static bool AppliesTo(QueryWord word) => word.Words.Count(term => !IsGrammatical(term)) > 1;

    /// <summary>Words that stand near almost any other (ว่า, การ, ที่, ผู้): Lucene's Thai stop words, and ผู้.</summary>
    internal static bool IsGrammatical(string word) =>
        word == "ผู้" || Lucene.Net.Analysis.Th.ThaiAnalyzer.DefaultStopSet.Contains(word);

    /// <summary>
    /// The ranges of the original text holding the word's dictionary words wherever they stand in order within
    /// <see cref="Slop"/> words of each other; each word its own range, the words between unmarked. Nothing when
    /// the rule does not apply to the word.
    /// </summary>
    public static List<(int Start, int End)> Find(NormalizedText text, QueryWord word) =>
        AppliesTo(word) ? FindInOrder(text, word.Words, Slop) : [];

    /// <summary>
    /// The ranges of the original text holding the word's dictionary words in a row, as the word fields match
    /// it: what found a letter when the word's units are not a run of their own there (<c>ป่า</c> is one unit,
    /// and a word of <c>ไฟป่า</c> only in the dictionary's view).
    /// </summary>
    /// <remarks>
    /// Only the stretches around the first <see cref="MaxRowStarts"/> places holding the word's letters are read: a syllable
    /// (ที่, ป่า) stands in thousands of places in a long attachment, and ICU reading each took half a second in
    /// all; a few are enough to name the text and mark the snippet.
    /// </remarks>
    public static List<(int Start, int End)> FindInRow(NormalizedText text, QueryWord word) =>
        word.Words.Count == 0 ? [] : FindInOrder(text, word.Words, slop: 0, MaxRowStarts);

    private const int MaxRowStarts = 16;

    private static List<(int Start, int End)> FindInOrder(NormalizedText text, IReadOnlyList<string> words, int slop, int maxStarts = int.MaxValue)
    {
        var found = new List<(int Start, int End)>();
        foreach (var (start, end) in Stretches(text.Text, words, slop, maxStarts))
        {
            var tokens = TokensOf(text, start, end, words);
            for (var first = 0; first < tokens.Count; first++)
            {
                if (tokens[first].Term == words[0] && InOrderFrom(tokens, first, words, slop) is { } chosen)
                {
                    found.AddRange(chosen.Select(at => (tokens[at].Start, tokens[at].End)));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The stretches of the normalised text where the words' letters stand in order within a short reach,
    /// widened to the white space around them and merged. Word analysis costs far more than a string search
    /// (a long attachment took tens of ms), and ICU segments the letters between two spaces on their own, so
    /// a stretch from space to space gives the words the whole text gives there.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Stretches(string normalized, IReadOnlyList<string> words, int slop, int maxStarts)
    {
        var reach = (slop + words.Count) * CharsPerWord;
        int openStart = -1, openEnd = -1;
        var starts = 0;
        for (var at = normalized.IndexOf(words[0], StringComparison.Ordinal); at >= 0 && starts < maxStarts;
             at = normalized.IndexOf(words[0], at + 1, StringComparison.Ordinal))
        {
            var limit = Math.Min(normalized.Length, at + reach);
            if (!InOrderWithin(normalized, words, at, limit))
            {
                continue;
            }

            starts++;

            if (openStart >= 0 && at <= openEnd)
            {
                // Scanning on from the open stretch's end keeps the work linear in a long run without spaces.
                openEnd = limit <= openEnd ? openEnd : SpaceAtOrAfter(normalized, Math.Max(limit, openEnd));
                continue;
            }

            if (openStart >= 0)
            {
                yield return (openStart, openEnd);
            }

            (openStart, openEnd) = (SpaceAtOrBefore(normalized, at), SpaceAtOrAfter(normalized, limit));
        }

        if (openStart >= 0)
        {
            yield return (openStart, openEnd);
        }
    }

    /// <summary>Characters one token of the reach may take, with what separates it: ICU's Thai words are shorter.</summary>
    private const int CharsPerWord = 24;

    private static bool InOrderWithin(string text, IReadOnlyList<string> words, int at, int limit)
    {
        var next = at + words[0].Length;
        for (var k = 1; k < words.Count; k++)
        {
            var found = text.IndexOf(words[k], next, StringComparison.Ordinal);
            if (found < 0 || found + words[k].Length > limit)
            {
                return false;
            }

            next = found + words[k].Length;
        }

        return true;
    }

    // The white space itself is kept in the stretch: it starts a normalisation chunk, so the stretch's original
    // text normalises as it did within the whole.
    private static int SpaceAtOrBefore(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index]))
        {
            index--;
        }

        return index;
    }

    private static int SpaceAtOrAfter(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// The tokens after <paramref name="first"/> that complete the words in order, each the earliest that can
    /// (which keeps the last one nearest, so no other choice fits the slop when this one does not); else null.
    /// </summary>
    private static List<int>? InOrderFrom(List<Token> tokens, int first, IReadOnlyList<string> words, int slop)
    {
        var last = tokens[first].Position + words.Count - 1 + slop;
        var chosen = new List<int>(words.Count) { first };
        var next = first + 1;
        for (var k = 1; k < words.Count; k++)
        {
            while (next < tokens.Count && tokens[next].Position <= last && tokens[next].Term != words[k])
            {
                next++;
            }

            if (next == tokens.Count || tokens[next].Position > last)
            {
                return null;
            }

            chosen.Add(next++);
        }

        return chosen;
    }

    /// <summary>
    /// The tokens of one stretch of the text that are one of <paramref name="words"/>, with their positions and
    /// offsets in the original text. The original is analysed, with the index's analyzer, as the index saw it.
    /// </summary>
    private static List<Token> TokensOf(NormalizedText text, int start, int end, IReadOnlyList<string> words)
    {
        var originalStart = text.ToOriginal(start);
        var original = text.Original[originalStart..text.ToOriginal(end)];
        // Looked up by the term's characters: a long text would otherwise make a string of every token.
        var wanted = new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<Token>();
        using var stream = Analyzer.GetTokenStream(TextFieldGroup.All.WordField, original);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (wanted.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var known))
            {
                tokens.Add(new Token(known, position, originalStart + offset.StartOffset, originalStart + offset.EndOffset));
            }
        }

        stream.End();
        return tokens;
    }

    private readonly record struct Token(string Term, int Position, int Start, int End);
}
