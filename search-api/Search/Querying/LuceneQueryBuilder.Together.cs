using GeccPortal.Search.Indexing;

using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Two query words, one an abbreviation, standing together in a letter in any of their spellings (<c>พรบ.สาธารณสุข</c> in
/// <c>พระราชบัญญัติการสาธารณสุข</c>): a letter naming the thing ranks above one with the words far apart. The whole phrase
/// typed (<see cref="WholePhrase"/>) has only the words as typed.
/// </summary>
public static partial class LuceneQueryBuilder
{
    /// <summary>Words between two query words that still stand together: the การ of พระราชบัญญัติการสาธารณสุข, a ว่าด้วย.</summary>
    private const int TogetherSlop = 2;

    /// <summary>The same in bigrams, which count units: the bigram across the two words, and a short word or two between.</summary>
    private const int TogetherGramSlop = 6;

    /// <summary>
    /// Whether the words are few and one is an abbreviation the table writes out: span queries cost (bench/api), a long
    /// query is pasted text, and a word typed in full is found standing with the others by the whole phrase already.
    /// </summary>
    private static bool StandTogetherApplies(IReadOnlyList<QueryWord> words) =>
        words.Count is > 1 and <= QueryPlan.MaxWordsWithSplits && words.Any(IsWrittenOut);

    private static bool IsWrittenOut(QueryWord word) => word.Alternatives.Count > 0 && WordAlternatives.IsAbbreviation(word);

    /// <summary>A bonus for each pair of neighbouring words, one with another spelling, found near each other in order in any spelling.</summary>
    private static BooleanQuery StandTogether(IReadOnlyList<QueryWord> words)
    {
        var field = TextFieldGroup.All.WordField;
        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!IsWrittenOut(words[i]) && !IsWrittenOut(words[i + 1]))
            {
                continue;
            }

            // In dictionary words, or in bigrams where the letter's text was segmented otherwise (ตามพ|ระ|ราช|บัญญัติ), one bonus either way.
            var together = new DisjunctionMaxQuery(0f) { Boost = TextFieldGroup.All.Boost * WholePhraseBoost };
            together.Add(new SpanNearQuery([AnySpelling(field, words[i], spelling => spelling.Words), AnySpelling(field, words[i + 1], spelling => spelling.Words)],
                TogetherSlop, inOrder: true));
            if (HasGrams(words[i]) && HasGrams(words[i + 1]))
            {
                var grams = TextFieldGroup.All.GramField;
                together.Add(new SpanNearQuery([AnySpelling(grams, words[i], spelling => spelling.Grams), AnySpelling(grams, words[i + 1], spelling => spelling.Grams)],
                    TogetherGramSlop, inOrder: true));
            }

            query.Add(together, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Whether the word as typed or another spelling of it has bigrams.</summary>
    private static bool HasGrams(QueryWord word) => new[] { word }.Concat(word.Alternatives).Any(spelling => spelling.Grams.Count > 0);

    private static SpanQuery AnySpelling(string field, QueryWord word, Func<QueryWord, IReadOnlyList<string>> terms)
    {
        var spellings = new[] { word }.Concat(word.Alternatives).Where(spelling => terms(spelling).Count > 0)
            .Select(spelling => SpanPhrase(field, terms(spelling))).ToArray();
        return spellings.Length == 1 ? spellings[0] : new SpanOrQuery(spellings);
    }
}
