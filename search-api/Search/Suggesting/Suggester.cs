using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GeccPortal.Search.Suggesting;

/// <summary>
/// Completions from the index's completion keywords (<see cref="CompletionKeys"/>): every term that starts
/// with what was typed, newest circular first, references before titles.
/// </summary>
public sealed class Suggester(IndexSearcher searcher)
{
    /// <summary>Terms read per field before ranking: enough for a page of completions, bounded for speed.</summary>
    private const int MaxTermsScanned = 200;

    /// <summary>Circulars read per wanted completion, so repeated texts still leave a full list.</summary>
    private const int DuplicatesAllowance = 3;

    public IReadOnlyList<Suggestion> Suggest(string typed, int max)
    {
        if (max < 1 || string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }

        var suggestions = new List<Suggestion>(max);
        // One completion per text: letters forwarded down a chain share a title, and a running number recurs
        // every year; the same text twice completes nothing more (the newest letter's URL is kept).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var wanted = (int)Math.Min((long)max * DuplicatesAllowance, int.MaxValue);
        var refPrefix = CompletionKeys.RefPrefix(typed);
        if (refPrefix.Length > 0)
        {
            foreach (var circular in Newest(IndexFields.RefCompletions, refPrefix, wanted))
            {
                if (seen.Add("ref " + circular.Ref))
                {
                    suggestions.Add(new Suggestion(circular.Ref, "ref", circular.Url));
                }
            }
        }

        var titlePrefix = CompletionKeys.TitlePrefix(typed);
        if (titlePrefix.Length > 0)
        {
            foreach (var circular in Newest(IndexFields.TitleCompletions, titlePrefix, wanted))
            {
                if (seen.Add("title " + circular.Title))
                {
                    suggestions.Add(new Suggestion(circular.Title, "title", circular.Url));
                }
            }
        }

        return suggestions.Take(max).ToList();
    }

    /// <summary>The newest <paramref name="max"/> circulars having a term of the field that starts with the prefix.</summary>
    private IEnumerable<StoredCircular> Newest(string field, string prefix, int max)
    {
        var docs = new Dictionary<int, long>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            var prefixBytes = new BytesRef(prefix);
            if (termsEnum.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            var scanned = 0;
            var dates = leaf.AtomicReader.GetNumericDocValues(IndexFields.Date);
            DocsEnum? postings = null;
            do
            {
                if (!StringHelper.StartsWith(termsEnum.Term, prefixBytes) || scanned++ >= MaxTermsScanned)
                {
                    break;
                }

                postings = termsEnum.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                {
                    docs[leaf.DocBase + doc] = dates?.Get(doc) ?? 0;
                }
            }
            while (termsEnum.MoveNext());
        }

        // Circulars of the same day are ordered by URL, not by document number, which depends on how the
        // index was written. Only the circulars as new as the max-th are read to compare their URLs.
        var newest = docs.OrderByDescending(pair => pair.Value).ToList();
        if (newest.Count > max)
        {
            var oldestKept = newest[max - 1].Value;
            newest = newest.TakeWhile(pair => pair.Value >= oldestKept).ToList();
        }

        return newest.Select(pair => (Date: pair.Value, Circular: StoredCircular.From(searcher.Doc(pair.Key, StoredCircular.SummaryFields))))
            .OrderByDescending(entry => entry.Date).ThenBy(entry => entry.Circular.Url, StringComparer.Ordinal)
            .Take(max).Select(entry => entry.Circular);
    }
}
