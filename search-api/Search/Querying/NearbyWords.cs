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
    private static bool IsGrammatical(string word) =>
        word == "ผู้" || Lucene.Net.Analysis.Th.ThaiAnalyzer.DefaultStopSet.Contains(word);

    /// <summary>
    /// The ranges of <paramref name="original"/> holding the word's dictionary words wherever they stand in
    /// order within <see cref="Slop"/> words of each other; each word its own range, the words between unmarked.
    /// </summary>
    /// <param name="normalized">The text normalised as the index saw it: a word missing from it rules the text
    /// out before the costlier word analysis.</param>
    public static List<(int Start, int End)> Find(string original, string normalized, QueryWord word)
    {
        var found = new List<(int Start, int End)>();
        if (!AppliesTo(word) || word.Words.Any(term => !normalized.Contains(term, StringComparison.Ordinal)))
        {
            return found;
        }

        var tokens = TokensOf(original, word.Words);
        for (var first = 0; first < tokens.Count; first++)
        {
            if (tokens[first].Term == word.Words[0] && InOrderFrom(tokens, first, word.Words) is { } chosen)
            {
                found.AddRange(chosen.Select(at => (tokens[at].Start, tokens[at].End)));
            }
        }

        return found;
    }

    /// <summary>
    /// The tokens after <paramref name="first"/> that complete the words in order, each the earliest that can
    /// (which keeps the last one nearest, so no other choice fits the slop when this one does not); else null.
    /// </summary>
    private static List<int>? InOrderFrom(List<Token> tokens, int first, IReadOnlyList<string> words)
    {
        var last = tokens[first].Position + words.Count - 1 + Slop;
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

    /// <summary>The text's tokens that are one of <paramref name="words"/>, with their positions and original offsets.</summary>
    private static List<Token> TokensOf(string original, IReadOnlyList<string> words)
    {
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
                tokens.Add(new Token(known, position, offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return tokens;
    }

    private readonly record struct Token(string Term, int Position, int Start, int End);
}
