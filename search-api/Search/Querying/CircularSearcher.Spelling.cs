using GeccPortal.Search.Indexing;

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A "did you mean" for words (<see cref="SearchResponse.SuggestedQuery"/>): asked only when a query found nothing as
/// typed and its hits are approximate, so no other query pays for it.
/// </summary>
public sealed partial class CircularSearcher
{
    /// <summary>Dictionary words of a query word read together as one slip (เซน|เตอร์ for เซ็นเตอร์).</summary>
    private const int MaxSlipWords = 3;

    /// <summary>Near words looked up for one query, and spellings tried: each is a fuzzy term walk or a search.</summary>
    private const int MaxLookups = 8, MaxTries = 4;

    /// <summary>
    /// The query with a slip in one word replaced by the word letters write nearest it (the most letters' at the fewest
    /// edits, <see cref="NearSpellings.MaxEdits"/>), when that query finds letters as typed; null otherwise. A slip is
    /// a run of up to <see cref="MaxSlipWords"/> of the word's dictionary words, together no word of the index (ICU cuts
    /// a misspelt word into pieces: แก๊ง|คอล|เซน|เตอร์), the shortest runs first (a piece no letter has is the likeliest slip).
    /// </summary>
    private string? SuggestSpelling(QueryPlan plan, SearchRequest request)
    {
        var lookups = 0;
        var tries = 0;
        foreach (var word in plan.Words)
        {
            var words = word.Words;
            for (var size = 1; size <= Math.Min(MaxSlipWords, words.Count); size++)
            {
                for (var start = 0; start + size <= words.Count; start++)
                {
                    var slip = string.Concat(words.Skip(start).Take(size));
                    if (slip.Length < 3 || !plan.Text.Contains(slip, StringComparison.Ordinal) || WordFrequency(slip) > 0)
                    {
                        continue;
                    }

                    if (++lookups > MaxLookups)
                    {
                        return null;
                    }

                    if (NearestWord(slip) is not { } nearest)
                    {
                        continue;
                    }

                    var corrected = plan.Text.Replace(slip, nearest, StringComparison.Ordinal);
                    var correctedPlan = QueryPlan.Parse(corrected).WithDottedWords(_dottedWords.Value);
                    if (!correctedPlan.IsEmpty && FindsAny(LuceneQueryBuilder.Build(correctedPlan, request)))
                    {
                        return corrected;
                    }

                    if (++tries >= MaxTries)
                    {
                        return null;
                    }
                }
            }
        }

        return null;
    }

    // Only whether a spelling finds letters: counted, with no hits sorted, read or facets counted.
    private bool FindsAny(Query query)
    {
        var count = new TotalHitCountCollector();
        _searcher.Search(query, count);
        return count.TotalHits > 0;
    }

    /// <summary>How many letters write <paramref name="word"/> as a word of their text.</summary>
    private int WordFrequency(string word) => _reader.DocFreq(new Term(TextFieldGroup.All.WordField, word));

    /// <summary>
    /// The index's word nearest <paramref name="slip"/>: the fewest edits, then the likeliest slip (<see cref="Likeness"/>),
    /// then the most letters; null when none is near.
    /// </summary>
    private string? NearestWord(string slip)
    {
        var fuzzy = new FuzzyQuery(new Term(TextFieldGroup.All.WordField, slip), NearSpellings.MaxEdits(slip.Length), prefixLength: 0,
            maxExpansions: 16, transpositions: true);
        var rewritten = _searcher.Rewrite(fuzzy);
        if (rewritten is not BooleanQuery near)
        {
            return (rewritten as TermQuery)?.Term.Text;
        }

        // Each clause's boost is its similarity: nearer words weigh more.
        return near.Clauses.Select(clause => clause.Query).OfType<TermQuery>()
            .Where(term => term.Term.Text.Length >= 2)
            .OrderByDescending(term => term.Boost)
            .ThenByDescending(term => Likeness(slip, term.Term.Text))
            .ThenByDescending(term => WordFrequency(term.Term.Text))
            .Select(term => term.Term.Text)
            .FirstOrDefault();
    }

    /// <summary>
    /// How like a slip of <paramref name="word"/> <paramref name="slip"/> is, at the same number of edits: a mark or letter
    /// left out or added (จาง for จ้าง, เพิม for เพิ่ม) most, then the same consonants with another vowel or mark (จึง), least
    /// another consonant (เดิม).
    /// </summary>
    private static int Likeness(string slip, string word) =>
        IsSubsequence(slip, word) || IsSubsequence(word, slip) ? 2 : Consonants(slip).SequenceEqual(Consonants(word)) ? 1 : 0;

    private static bool IsSubsequence(string shorter, string longer)
    {
        var at = 0;
        foreach (var c in longer)
        {
            if (at < shorter.Length && shorter[at] == c)
            {
                at++;
            }
        }

        return at == shorter.Length;
    }

    private static IEnumerable<char> Consonants(string text) => text.Where(c => c is >= 'ก' and <= 'ฮ' or >= 'a' and <= 'z');
}
