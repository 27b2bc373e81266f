using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A search's tries in turn: the words as typed (with their halves apart when few letters have them), then, only when
/// nothing is found, the other readings a query may have (a year pair the other way, English words of the same sound, a
/// year the letter's text does not write, a glued word's words apart, a Latin word's at its seam, a ref-shaped text as words) and last the approximate
/// try for a slip. The common query, found as typed, pays for none of them.
/// </summary>
public sealed partial class CircularSearcher
{
    private SearchResponse Execute(QueryPlan plan, SearchRequest request)
    {
        // A word's halves apart are looked for only when the words as typed find few letters: their span queries
        // made a search for common words two to three times dearer (bench/api), and with many letters holding the
        // words as typed, the letters holding only the halves far apart would rank below them all anyway.
        var splits = plan.Words.Any(word => word.HasSplits || word.Alternatives.Any(alternative => alternative.HasSplits));
        var response = Execute(plan, LuceneQueryBuilder.Build(plan, request, withSplits: !splits), request);
        if (splits && response.Total < SplitsUnder)
        {
            response = Execute(plan, LuceneQueryBuilder.Build(plan, request), request);
        }

        // A year pair written the other way (2567/68 for the letter's 2567/2568): asked only when the one typed finds nothing.
        if (response.Total == 0 && YearTyping.OtherPairSpelling(plan.Text) is { } otherPair
            && QueryPlan.Parse(otherPair).WithDottedWords(_dottedWords.Value) is var paired
            && Execute(paired, LuceneQueryBuilder.Build(paired, request), request) is { Total: > 0 } found)
        {
            return found;
        }

        // A loanword typed in Thai letters, or an English word spelt another way, that no letter writes: the English
        // words that sound alike (SoundAlikes). Only then, as a Thai word's key also matches English words by chance.
        if (response.Total == 0 && plan.WithSoundAlikes(_soundAlikes.Value) is var sounding && !ReferenceEquals(sounding, plan))
        {
            var soundQuery = LuceneQueryBuilder.Build(sounding, request);
            var alike = Execute(sounding, soundQuery, request);
            if (alike.Total > 0)
            {
                // A Thai word a slip away from words letters write (วัคซิน) is that slip, not an English word of the same
                // consonants by chance (Casino): when the slip finds letters the sound does not, the slip's letters and the
                // English word's are listed together, said to be approximate. Asked only here, when nothing matched as typed
                // and the sound key did, so no other query pays for it; an English word typed otherwise (license) is no slip.
                return plan.Words.Any(word => !word.Text.All(char.IsAsciiLetter))
                    && ApproximateQuery(plan, request) is ({ } slip, var confirmed)
                    && DocsMatching(soundQuery, confirmed).Count < confirmed.Count
                    ? Execute(sounding, new BooleanQuery { { slip, Occur.SHOULD }, { soundQuery, Occur.SHOULD } }, request, approximate: true) with { Approximate = true, SuggestedQuery = SuggestSpelling(plan, request) }
                    : alike;
            }
        }

        // A year typed as a word that the text of the letter meant does not write (ควบคุมโรคในโคกระบือ 2568): the letters
        // dated in that year with the other words. Only when nothing writes the year with them, so it costs nothing else.
        if (response.Total == 0 && plan.WholeRef is null && plan.PartialRef is null && plan.QuotedRefs.Count == 0
            && YearTyping.LoneYear(plan.Text) is var (withoutYear, year)
            && QueryPlan.Parse(withoutYear).WithDottedWords(_dottedWords.Value) is { IsEmpty: false } unyeared
            && InYear(request, year) is { } dated
            && Execute(unyeared, LuceneQueryBuilder.Build(unyeared, dated), dated) is { Total: > 0 } ofYear)
        {
            return ofYear;
        }

        // A glued word whose dictionary words a letter has, but apart: asked only when nothing has them as typed, so the
        // common query (words found together) never pays for it. They are all the words typed, so the hits are no guess.
        if (response.Total == 0 && plan.GluedWordsApart()?.WithDottedWords(_dottedWords.Value) is { } apart
            && Execute(apart, LuceneQueryBuilder.Build(apart, request), request) is { Total: > 0 } foundApart)
        {
            return foundApart;
        }

        // A Latin word glued without a capital at its seam (qrcode): the two words letters write, when the index has both.
        // A few term lookups, only when nothing is found.
        if (response.Total == 0 && LatinSeams.Spaced(plan.Text, WordFrequency) is { } seamed
            && QueryPlan.Parse(seamed).WithDottedWords(_dottedWords.Value) is { IsEmpty: false } unglued
            && Execute(unglued, LuceneQueryBuilder.Build(unglued, request), request) is { Total: > 0 } foundUnglued)
        {
            return foundUnglued;
        }

        // Text shaped like part of a reference (พ.ศ., ก.จ., 08.00, a postcode) or a reference that no letter
        // has or cites (one quoted only in an attachment) is still text: searched as words when nothing else is found.
        if (response.Total == 0 && plan.AsWords() is { } words)
        {
            return Execute(words, LuceneQueryBuilder.Build(words, request), request);
        }

        // Words that found nothing may hold a slip: the letters nearest them, said to be approximate. Letters that
        // share only a bigram or two with the query score far below those (the query's words with one slip).
        if (response.Total == 0 && ApproximateQuery(plan, request) is ({ } approximate, _))
        {
            return Execute(plan, approximate, request, approximate: true) with { Approximate = true, SuggestedQuery = SuggestSpelling(plan, request) };
        }

        return response;
    }

    /// <summary>The request narrowed to a B.E. year's days; null when its own dates leave none of them.</summary>
    private static SearchRequest? InYear(SearchRequest request, int buddhistYear)
    {
        var year = buddhistYear - ThaiDates.BuddhistEraOffset;
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var from = request.From is { } f && f > first ? f : first;
        var to = request.To is { } t && t < last ? t : last;
        return from <= to ? request with { From = from, To = to } : null;
    }

    /// <summary>
    /// The approximate second try's query (<see cref="ApproximateMatch"/>), accepting only the letters it confirms near the
    /// query in its words, and those letters; null when there is none to make or no letter is confirmed.
    /// </summary>
    private (Query? Query, HashSet<int> Confirmed) ApproximateQuery(QueryPlan plan, SearchRequest request)
    {
        if (ApproximateMatch.For(plan) is not { } approximate)
        {
            return (null, []);
        }

        // Rewritten once (each bigram's near spellings looked up in the terms) for both searches below. A fiscal year
        // the query names still holds: near words in a letter of another year are not what was asked for.
        var query = _searcher.Rewrite(LuceneQueryBuilder.Filtered(LuceneQueryBuilder.InFiscalYears(approximate, plan), request));
        return Confirmed(plan, query) is { Count: > 0 } confirmed ? (new AcceptedDocs([new IndexDocs(confirmed)]).Around(query), confirmed) : (null, []);
    }

    /// <summary>
    /// The best of the approximate query's letters that are near the query in its words (<see cref="ApproximateConfirmation"/>),
    /// down to <see cref="ApproximateMatch.ShareOfBest"/> of the best of them: the letters sharing a bigram or two with the query score far below.
    /// </summary>
    private HashSet<int> Confirmed(QueryPlan plan, Query query)
    {
        var confirmed = new HashSet<int>();
        var best = 0f;
        var candidates = _searcher.Search(query, ApproximateMatch.MaxChecked).ScoreDocs;
        var candidateDocs = candidates.Select(candidate => candidate.Doc).ToHashSet();
        var withWord = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var piece in plan.Words.SelectMany(ApproximateConfirmation.Pieces).Distinct(StringComparer.Ordinal))
        {
            withWord[piece] = DocsMatching(new TermQuery(new Term(TextFieldGroup.All.WordField, piece)), candidateDocs);
        }

        // Looked up only when a letter lacks one of the pair's words: a fuzzy query of two edits builds its automata.
        var withNear = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        HashSet<int> WithNear(string pair)
        {
            if (!withNear.TryGetValue(pair, out var docs))
            {
                docs = DocsMatching(new FuzzyQuery(new Term(TextFieldGroup.All.WordField, pair), NearSpellings.MaxEdits(pair.Length)), candidateDocs);
                withNear[pair] = docs;
            }

            return docs;
        }

        foreach (var scoreDoc in candidates)
        {
            if (float.IsNaN(scoreDoc.Score) || scoreDoc.Score <= 0 || scoreDoc.Score < best * ApproximateMatch.ShareOfBest)
            {
                break;
            }

            if (ApproximateConfirmation.Confirms(() => StoredCircular.From(_searcher.Doc(scoreDoc.Doc)), plan,
                piece => withWord[piece].Contains(scoreDoc.Doc), pair => WithNear(pair).Contains(scoreDoc.Doc)))
            {
                best = Math.Max(best, scoreDoc.Score);
                confirmed.Add(scoreDoc.Doc);
            }
        }

        return confirmed;
    }
}
