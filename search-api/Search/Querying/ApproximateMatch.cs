using GeccPortal.Search.Analysis;
using GeccPortal.Search.Indexing;

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeccPortal.Search.Querying;

/// <summary>
/// The second try for words that found nothing, typed with a slip (<c>วัคซิน</c>, <c>เบียยังชีพ</c>, <c>อีเมล์</c>,
/// <c>ไข้หวัดไหญ่</c>): the query's bigrams (of Thai character clusters, and of Latin letters and digits, as the
/// gram view reads them), of which about <see cref="Share"/> must be in a letter, a bigram also counting when
/// the letter has one a single edit away (a missing tone mark, ิ for ี, ไ for ใ). Letters with more of them rank
/// first. Never for a reference: a wrong digit in a ref is another letter's ref; nor for numbers typed with a slash
/// that the letter does not write.
/// </summary>
public static class ApproximateMatch
{
    /// <summary>The share of the query's bigrams a letter must have.</summary>
    public const double Share = 0.7;

    /// <summary>
    /// The share of the best hit's score a hit needs: a letter sharing a bigram or two with the query (วิท of
    /// โควิท in วิทยาลัย) scores far below the letters with the query's words but for a slip.
    /// </summary>
    public const float ShareOfBest = 0.3f;

    /// <summary>
    /// The approximate query's best letters read for <see cref="ApproximateConfirmation"/>: each is loaded and read, and
    /// the letters past these score far below the best for a slip.
    /// </summary>
    public const int MaxChecked = 50;

    /// <summary>Bigrams beyond these are not looked for: each adds a clause, and a long query is rarely all slips.</summary>
    public const int MaxGrams = 24;

    /// <summary>A bigram this short (two Latin letters, two digits, two bare consonants) is too short to be one edit from another.</summary>
    private const int MinFuzzyLength = 3;

    /// <summary>
    /// A whole Latin word shorter than this is not matched one edit away: <c>act</c> would find <c>fact</c>,
    /// <c>vide</c> <c>video</c>; a slip in a longer one (<c>covit</c>) still finds its word.
    /// </summary>
    private const int MinFuzzyWholeWordLength = 5;

    private const int MaxExpansions = 10;

    private const float OneEditAwayBoost = 0.5f;

    /// <summary>The approximate match for a plan of words, or null when there is none to make (a ref, no words).</summary>
    public static Query? For(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.WholeRef is not null || plan.PartialRef is not null || plan.QuotedRefs.Count > 0 || plan.QuotedNumbers.Count > 0)
        {
            return null;
        }

        var clauses = new List<Query>();
        foreach (var gram in plan.Words.SelectMany(word => word.Grams).Distinct(StringComparer.Ordinal).Take(MaxGrams))
        {
            clauses.Add(Gram(gram));
        }

        // A word held together by its dots (ส.อบต.) has no bigrams: its dictionary words count instead.
        foreach (var token in plan.Words.Where(word => word.Grams.Count == 0).SelectMany(word => word.Words).Distinct(StringComparer.Ordinal))
        {
            clauses.Add(new TermQuery(new Term(TextFieldGroup.All.WordField, token)));
        }

        if (clauses.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = Needed(clauses.Count) };
        foreach (var clause in clauses)
        {
            query.Add(clause, Occur.SHOULD);
        }

        // Numbers typed with a slash name one order or meeting of a year (คำสั่งที่ 99/2568): a letter near the words
        // but of another number is not it, so a near letter must write them as typed, or there is none.
        return SlashedNumbers.AsTyped(plan.SlashedNumberGroups) is { } numbers
            ? new FilteredQuery(query, new QueryWrapperFilter(numbers))
            : query;
    }

    /// <summary>
    /// How many of <paramref name="count"/> bigrams a letter needs: 2 of 3, 3 of 4, 4 of 5, 7 of 10; both of two,
    /// since a slip leaves a bigram one edit away, which counts (โควิท: โควิ as typed, วิด for วิท), and one of
    /// two alone is any letter with วิท in it.
    /// </summary>
    public static int Needed(int count) => count == 2 ? 2 : Math.Max(1, (int)Math.Round(count * Share, MidpointRounding.AwayFromZero));

    /// <summary>One bigram found as it is (in the title counting more), or scoring lower, one edit away.</summary>
    private static DisjunctionMaxQuery Gram(string gram)
    {
        var any = new DisjunctionMaxQuery(0f);
        foreach (var group in TextFieldGroup.Every)
        {
            any.Add(new TermQuery(new Term(group.GramField, gram)) { Boost = group.Boost });
        }

        var fuzzy = WholeRunTerm.Is(gram) ? gram.Length - 1 >= MinFuzzyWholeWordLength : gram.Length >= MinFuzzyLength;
        if (fuzzy && !gram.Any(char.IsAsciiDigit))
        {
            any.Add(new FuzzyQuery(new Term(TextFieldGroup.All.GramField, gram), maxEdits: 1, prefixLength: 0, MaxExpansions, transpositions: true)
            {
                Boost = OneEditAwayBoost,
            });
        }

        return any;
    }
}
