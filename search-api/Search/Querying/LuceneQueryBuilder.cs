using GeccPortal.Search.Analysis;
using GeccPortal.Search.Indexing;
using GeccPortal.Search.References;
using GeccPortal.Thai;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Turns a <see cref="QueryPlan"/> and the request's filters into one Lucene query. Scores are shaped so
/// that a circular's own reference beats a citation, which beats any text match, and within text a
/// dictionary-word or whole-phrase match beats an n-gram-only match.
/// </summary>
public static partial class LuceneQueryBuilder
{
    private const float OwnRefScore = 1000f;
    private const float PartialRefScore = 500f;
    private const float CitedRefScore = 100f;
    private const float CitedPartialRefScore = 60f;
    private const float LooseOwnRefScore = 50f;
    private const float LooseCitedRefScore = 30f;
    private const float BareOwnRefScore = 40f;
    private const float OwnRefOfYearScore = 500f;
    private const float LetterDateScore = 200f;
    // A date written without ลงวันที่ may be a deadline in the text as well as a letter's date: both only
    // break ties between letters the words find alike, the letter of that day first.
    private const float DateScore = 6f;
    private const float DateMentionScore = 5f;
    private const float QuotedNumberScore = 10f;
    // A form word (บันทึกข้อความ, never คำสั่ง or ประกาศ: LetterForms) picks the kind of letter: above every letter of
    // another kind the words find.
    private const float LetterFormScore = 200f;
    private const float BareCitedRefScore = 20f;
    private const float WordBoost = 2f;
    private const float WholePhraseBoost = 3f;
    private const float NearbyWordsBoost = 0.5f;

    // An abbreviation found only as its pieces in a row counts a little below one written apart or dotted.
    private const float GluedAbbreviationBoost = 0.8f;
    // A two-unit word's one bigram inside a longer word (ไลน์ in ออนไลน์): below the word itself written another way.
    private const float SyllableGramBoost = 0.1f;
    // A Latin word the query ends with, perhaps half typed, begins a longer word: below the whole word.
    private const float TypedPrefixBoost = 0.5f;

    /// <param name="withSplits">
    /// Whether words typed without spaces are also looked for as their halves apart (<see cref="QueryWord.Splits"/>):
    /// span queries over every letter with either half, the dearest part of a search for common words.
    /// </param>
    public static Query Build(QueryPlan plan, SearchRequest request, bool withSplits = true) => Filtered(Match(plan, withSplits), request);

    /// <summary>A match (such as <see cref="ApproximateMatch"/>'s) within the request's filters (<see cref="AcceptedDocs"/>).</summary>
    public static Query Filtered(Query match, SearchRequest request) =>
        Filters(request).ToList() is { Count: > 0 } filters ? new AcceptedDocs(filters).Around(match) : match;

    private static Query Match(QueryPlan plan, bool withSplits)
    {
        if (plan.WholeRef is { } wholeRef)
        {
            return WholeRef(wholeRef);
        }

        if (plan.PartialRef is { } partialRef)
        {
            Query partial = plan.OrderNumber is { } orderNumber
                ? new DisjunctionMaxQuery(0f) { OwnOrCitedPartialRef(partialRef), OwnOrCitedPartialRef(orderNumber) }
                : OwnOrCitedPartialRef(partialRef);
            return WithDates(plan.QuotedYear is { } year ? new BooleanQuery(disableCoord: true)
            {
                { partial, Occur.MUST },
                { PartialRefOfYear(partialRef, year), Occur.SHOULD },
            } : partial, plan);
        }

        if (plan.IsOnlyLetterForms)
        {
            // Only the name of a form (บันทึกข้อความ): the letters of that form, then letters writing the name.
            var forms = new BooleanQuery(disableCoord: true);
            foreach (var form in plan.LetterForms)
            {
                forms.Add(OfType(form), Occur.SHOULD);
                forms.Add(Word(form.Word), Occur.SHOULD);
            }

            return WithDates(WithQuotedRefs(forms, plan), plan);
        }

        if (plan.Words.Count == 0 && plan.HasDates)
        {
            // Only a date or a month: the letters of that day or month, then letters that mention it; of the kind a
            // closing line names first (สั่ง ณ วันที่ …: ClosingFormula).
            return InFiscalYears(WithQuotedRefs(OfFormsFirst(Dated(plan), plan), plan), plan);
        }

        if (plan.Words.Count == 0 && plan.FiscalYears.Count > 0)
        {
            // Only a fiscal year: its letters, and letters writing it.
            return InFiscalYear(plan);
        }

        if (plan.Words.Count == 0)
        {
            // No query, or only spaces: every circular (browsing by the filters). Only punctuation, symbols or
            // emoji: nothing can match them, and listing every circular "for 😀" would be wrong.
            return HasVisibleText(plan.Text) ? new BooleanQuery() : new MatchAllDocsQuery();
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in plan.Words)
        {
            query.Add(WordAnyWay(word, withSplits), Occur.MUST);
        }

        if (plan.Words.Count > 1)
        {
            query.Add(WholePhrase(plan.Words), Occur.SHOULD);
        }

        if (StandTogetherApplies(plan.Words))
        {
            query.Add(StandTogether(plan.Words), Occur.SHOULD);
        }

        foreach (var form in plan.LetterForms)
        {
            query.Add(OfType(form), Occur.SHOULD);
        }

        foreach (var word in plan.RankingWords)
        {
            query.Add(Word(word), Occur.SHOULD);
        }

        if (SlashedNumbers.Bonus(plan.SlashedNumberGroups) is { } slashed)
        {
            query.Add(slashed, Occur.SHOULD);
        }

        if (SlashedNumbers.IsOnlyANumberedLetter(plan.Words) && SlashedNumbers.AsTyped(plan.SlashedNumberGroups) is { } asTyped)
        {
            // คำสั่งที่ 156/2568 asks for that order: a letter with 156 and 2568 apart is some other letter.
            query.Add(asTyped, Occur.MUST);
        }

        // The dates rank whatever else matches: words, or a ref or number quoted among them.
        var matched = WithQuotedRefs(query, plan);
        return WithDates(plan.AgencyCode is { } code ? AgencyCodeQuery.OrLettersOf(code, matched) : matched, plan);
    }

    /// <summary>What must match, the letters of the types the query's form words name first.</summary>
    private static Query OfFormsFirst(Query required, QueryPlan plan)
    {
        if (plan.LetterForms.Count == 0)
        {
            return required;
        }

        var query = new BooleanQuery(disableCoord: true) { { required, Occur.MUST } };
        foreach (var form in plan.LetterForms)
        {
            query.Add(OfType(form), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>A letter of the type a form word names: above any letter of another type the other words find.</summary>
    private static Query OfType(LetterForm form) => Constant(IndexFields.Type, form.Type, LetterFormScore);

    /// <summary>What must match, with letters of the dates written in the query (or mentioning them) first, within its fiscal years.</summary>
    private static Query WithDates(Query required, QueryPlan plan) => InFiscalYears(
        !plan.HasDates ? required : new BooleanQuery(disableCoord: true) { { required, Occur.MUST }, { Dated(plan), Occur.SHOULD } }, plan);

    /// <summary>What must match, of a fiscal year the query names (<see cref="QueryPlan.FiscalYears"/>) if it names one.</summary>
    public static Query InFiscalYears(Query required, QueryPlan plan) =>
        plan.FiscalYears.Count == 0 ? required : new BooleanQuery(disableCoord: true) { { required, Occur.MUST }, { InFiscalYear(plan), Occur.MUST } };

    /// <summary>A letter dated in one of the query's fiscal years, or whose text writes one, scoring as a date does.</summary>
    private static BooleanQuery InFiscalYear(QueryPlan plan)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var fiscalYear in plan.FiscalYears)
        {
            var (first, last) = ThaiDates.FiscalYearDates(fiscalYear);
            var range = NumericRangeQuery.NewInt32Range(IndexFields.Date, IndexFields.DateNumber(first), IndexFields.DateNumber(last), true, true);
            query.Add(new ConstantScoreQuery(range) { Boost = DateScore }, Occur.SHOULD);
        }

        foreach (var tokens in plan.FiscalYearSpellings.Where(tokens => tokens.Count > 0))
        {
            query.Add(new ConstantScoreQuery(Phrase(TextFieldGroup.All.WordField, tokens, 1f, slop: 1)) { Boost = DateMentionScore }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>A letter dated on one of the query's dates or in one of its months; or, scoring lower, one whose text writes the date or month as the query does.</summary>
    private static BooleanQuery Dated(QueryPlan plan)
    {
        var dated = new BooleanQuery(disableCoord: true);
        foreach (var date in plan.Dates)
        {
            var day = IndexFields.DateNumber(date);
            var score = plan.LetterDates.Contains(date) ? LetterDateScore : DateScore;
            dated.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(IndexFields.Date, day, day, true, true)) { Boost = score }, Occur.SHOULD);
        }

        foreach (var month in plan.Months)
        {
            // A month named without a day (สิงหาคม ๒๕๖๘) asks for that month's letters, as a day asks for its own.
            dated.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(IndexFields.Date,
                IndexFields.DateNumber(month.First), IndexFields.DateNumber(month.Last), true, true))
            { Boost = DateScore }, Occur.SHOULD);
        }

        foreach (var tokens in plan.DateSpellings.Where(tokens => tokens.Count > 0))
        {
            dated.Add(new ConstantScoreQuery(Phrase(TextFieldGroup.All.WordField, tokens, 1f, slop: 1)) { Boost = DateMentionScore }, Occur.SHOULD);
        }

        return dated;
    }

    /// <summary>Every word, or any reference (or circular number) quoted in the query: the letters that have or cite it rank first.</summary>
    private static Query WithQuotedRefs(Query words, QueryPlan plan)
    {
        if (plan.QuotedRefs.Count == 0 && plan.QuotedNumbers.Count == 0)
        {
            return words;
        }

        var eitherWay = new BooleanQuery(disableCoord: true) { { words, Occur.SHOULD } };
        foreach (var number in plan.QuotedNumbers)
        {
            // Far below a whole ref: running numbers restart every year in every office, so many letters share one.
            eitherWay.Add(PartialRef(number, QuotedNumberScore), Occur.SHOULD);
        }

        foreach (var quoted in plan.QuotedRefs)
        {
            eitherWay.Add(WholeRef(quoted), Occur.SHOULD);
            if (plan.QuotedYear is { } year)
            {
                eitherWay.Add(OwnRefOfYear(quoted, year), Occur.SHOULD);
            }
        }

        return eitherWay;
    }

    /// <summary>The letter of the year written beside the number, above the same number's letters of other years.</summary>
    private static Query OwnRefOfYear(CircularRef reference, int buddhistYear) => new ConstantScoreQuery(new BooleanQuery
    {
        { new TermQuery(new Term(IndexFields.RefKeys, RefKeys.Bare(reference))), Occur.MUST },
        { new TermQuery(new Term(IndexFields.RefKeys, RefKeys.Year(buddhistYear))), Occur.MUST },
    })
    { Boost = OwnRefOfYearScore };

    /// <summary>The letter with the number of the year written after it (<c>ว 999/2568</c>), above that number's letters of other years.</summary>
    private static ConstantScoreQuery PartialRefOfYear(PartialRef partial, int buddhistYear)
    {
        var parts = new BooleanQuery { { new TermQuery(new Term(IndexFields.RefKeys, RefKeys.Year(buddhistYear))), Occur.MUST } };
        foreach (var key in partial.Keys())
        {
            parts.Add(new TermQuery(new Term(IndexFields.RefKeys, key)), Occur.MUST);
        }

        return new ConstantScoreQuery(parts) { Boost = OwnRefOfYearScore };
    }

    private static bool HasVisibleText(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && !ThaiTextRepair.IsZeroWidth(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Own reference first; then circulars citing it; then the same ref with another sub-unit; then the same digits typed without dots, leading zeros or ว.</summary>
    private static Query WholeRef(CircularRef reference)
    {
        var query = new BooleanQuery(disableCoord: true);
        query.Add(Constant(IndexFields.RefKeys, RefKeys.Full(reference), OwnRefScore), Occur.SHOULD);
        query.Add(Constant(IndexFields.CitedKeys, RefKeys.Full(reference), CitedRefScore), Occur.SHOULD);
        query.Add(Constant(IndexFields.RefKeys, RefKeys.Loose(reference), LooseOwnRefScore), Occur.SHOULD);
        query.Add(Constant(IndexFields.CitedKeys, RefKeys.Loose(reference), LooseCitedRefScore), Occur.SHOULD);
        query.Add(Constant(IndexFields.RefKeys, RefKeys.Bare(reference), BareOwnRefScore), Occur.SHOULD);
        query.Add(Constant(IndexFields.CitedKeys, RefKeys.Bare(reference), BareCitedRefScore), Occur.SHOULD);
        return query;
    }

    /// <summary>Letters whose own ref has every part given; below them, letters citing a ref that has them.</summary>
    private static DisjunctionMaxQuery OwnOrCitedPartialRef(PartialRef partial) => new(0f)
    {
        PartialRef(partial),
        Constant(IndexFields.CitedKeys, RefKeys.CitedParts(partial.Keys()), CitedPartialRefScore),
    };

    private static Query PartialRef(PartialRef partial, float score = PartialRefScore)
    {
        var parts = new BooleanQuery(disableCoord: true);
        foreach (var key in partial.Keys())
        {
            parts.Add(new TermQuery(new Term(IndexFields.RefKeys, key)), Occur.MUST);
        }

        return new ConstantScoreQuery(parts) { Boost = score };
    }

    /// <summary>
    /// A query word is found as its dictionary words in a row, or as its full run of bigrams; or, scoring
    /// lower, as its dictionary words in order with a few words between. Thai is typed without spaces, so
    /// <c>เบี้ยผู้สูงอายุ</c> is one query word, and a letter about <c>เบี้ยยังชีพผู้สูงอายุ</c> is what the official means.
    /// </summary>
    private static Query Word(QueryWord word)
    {
        var anyField = new BooleanQuery(disableCoord: true);
        foreach (var group in TextFieldGroup.Every)
        {
            if (word.Words.Count > 0)
            {
                anyField.Add(Phrase(group.WordField, word.Words, group.Boost * WordBoost), Occur.SHOULD);
            }

            if (word.Grams.Count > 0)
            {
                anyField.Add(GramPhrase(group.GramField, word.Grams, group.Boost * GramBoost(word)), Occur.SHOULD);
            }

            if (word.DottedWords.Count > 0)
            {
                // อบต. as a part of ส.อบต: the abbreviation still, where its bigrams are not looked for. In a query of
                // their own, as there may be hundreds (สพป. in every province's สพป.xx).
                var dottedAny = new BooleanQuery(disableCoord: true);
                foreach (var dotted in word.DottedWords)
                {
                    dottedAny.Add(new TermQuery(new Term(group.WordField, dotted)) { Boost = group.Boost * WordBoost }, Occur.SHOULD);
                }

                anyField.Add(dottedAny, Occur.SHOULD);
            }

            foreach (var cut in GluedAbbreviations.Cuts(word))
            {
                // อสม in แกนนำอสมเชี่ยวชาญ, which the dictionary reads as อ + สม.
                anyField.Add(Phrase(group.WordField, cut, group.Boost * WordBoost * GluedAbbreviationBoost), Occur.SHOULD);
            }

            if (word.WholeRunPrefix is { } prefix)
            {
                anyField.Add(new PrefixQuery(new Term(group.GramField, prefix)) { Boost = group.Boost * TypedPrefixBoost }, Occur.SHOULD);
            }
        }

        // In the field holding every text only: span queries cost more than phrases, and this is the fallback.
        if (NearbyWords.AppliesTo(word))
        {
            anyField.Add(Nearby(TextFieldGroup.All.WordField, word.Words, TextFieldGroup.All.Boost * NearbyWordsBoost), Occur.SHOULD);
        }

        return anyField;
    }

    /// <summary>
    /// A Thai word of one dictionary word and two units (<c>ไลน์</c>) is also a syllable of other words (<c>ออนไลน์</c>): its one
    /// bigram there counts for less, so a letter with the word itself, or written another way (<c>LINE</c>), ranks above.
    /// </summary>
    private static float GramBoost(QueryWord word) =>
        word.Words.Count == 1 && word.Grams.Count == 1 && !WholeRunTerm.Is(word.Grams[0]) ? SyllableGramBoost : 1f;

    /// <summary>
    /// The words in the order typed, with a few other words between them: near enough to be one statement.
    /// In order, so a string found nowhere (<c>ประมาณงบ</c>) is not taken for the words it reverses.
    /// </summary>
    private static SpanNearQuery Nearby(string field, IReadOnlyList<string> words, float boost) =>
        new([.. words.Select(word => new SpanTermQuery(new Term(field, word)))], NearbyWords.Slop, inOrder: true) { Boost = boost };

    /// <summary>A bonus for the words of the query standing together, as typed, in the title or anywhere.</summary>
    private static Query WholePhrase(IReadOnlyList<QueryWord> words)
    {
        var tokens = words.SelectMany(word => word.Words).ToList();
        var query = new BooleanQuery(disableCoord: true);
        query.Add(Phrase(TextFieldGroup.Title.WordField, tokens, TextFieldGroup.Title.Boost * WholePhraseBoost, slop: 1), Occur.SHOULD);
        query.Add(Phrase(TextFieldGroup.All.WordField, tokens, TextFieldGroup.All.Boost * WholePhraseBoost, slop: 1), Occur.SHOULD);
        foreach (var glued in words.SelectMany(word => word.Alternatives).Where(alternative => alternative.GluesNextWord))
        {
            // Two words typed apart and written glued (pivot table, PivotTable) stand together too: a bonus for each of the
            // two, which otherwise each count only as another spelling there.
            var boost = 2 * TextFieldGroup.All.Boost * WholePhraseBoost;
            query.Add(glued.Grams.Count > 0 ? GramPhrase(TextFieldGroup.All.GramField, glued.Grams, boost) : Phrase(TextFieldGroup.All.WordField, glued.Words, boost),
                Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// The bigrams of a word at every other position, and the last one: with exact positions they cover
    /// every unit, so the match is the same as with all bigrams, at half the positions to check.
    /// </summary>
    private static Query GramPhrase(string field, IReadOnlyList<string> grams, float boost)
    {
        if (grams.Count == 1)
        {
            return new TermQuery(new Term(field, grams[0])) { Boost = boost };
        }

        var phrase = new PhraseQuery { Boost = boost };
        for (var i = 0; i < grams.Count; i += 2)
        {
            phrase.Add(new Term(field, grams[i]), i);
        }

        if (grams.Count % 2 == 0)
        {
            phrase.Add(new Term(field, grams[^1]), grams.Count - 1);
        }

        return phrase;
    }

    private static Query Phrase(string field, IReadOnlyList<string> terms, float boost, int slop = 0)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0])) { Boost = boost };
        }

        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        for (var i = 0; i < terms.Count; i++)
        {
            phrase.Add(new Term(field, terms[i]), i);
        }

        return phrase;
    }

    private static IEnumerable<Filter> Filters(SearchRequest request)
    {
        if (!string.IsNullOrEmpty(request.Agency))
        {
            yield return Filter(IndexFields.Agency, request.Agency);
        }

        if (!string.IsNullOrEmpty(request.Type))
        {
            yield return Filter(IndexFields.Type, request.Type);
        }

        if (!string.IsNullOrEmpty(request.Urgency))
        {
            yield return Filter(IndexFields.Urgency, request.Urgency);
        }

        if (request.From is not null || request.To is not null)
        {
            yield return NumericRangeFilter.NewInt32Range(IndexFields.Date,
                request.From is { } from ? IndexFields.DateNumber(from) : null, request.To is { } to ? IndexFields.DateNumber(to) : null, true, true);
        }
    }

    private static QueryWrapperFilter Filter(string field, string value) => new(new TermQuery(new Term(field, value)));

    private static Query Constant(string field, string term, float score) =>
        new ConstantScoreQuery(new TermQuery(new Term(field, term))) { Boost = score };
}
