using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.References;
using GeccPortal.Thai;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GeccPortal.Search.Suggesting;

/// <summary>
/// What <see cref="RefSuggester"/> offered, and what it cost: the terms it looked up (in each index segment) and the
/// letters it ranked (those whose ref is one of them); only the letters offered are read.
/// </summary>
public sealed record RefSuggestions(IReadOnlyList<RefSuggestion> Suggestions, int KeysProbed, int LettersRanked)
{
    public static readonly RefSuggestions None = new([], 0, 0);
}

/// <summary>
/// "Did you mean": the letters whose own ref is one edit from a ref no letter has (<see cref="RefNeighbours"/>).
/// Each neighbour is one exact term of <see cref="IndexFields.RefKeys"/>, so the cost is a few hundred term seeks
/// whatever the size of the index, and the stored fields of the few letters offered. Ranked by the kind of edit
/// (<see cref="RefEdit"/>: the same agency first), then newest, then by URL so equal letters keep their places.
/// </summary>
public sealed class RefSuggester(IndexSearcher searcher)
{
    /// <summary>A handful: more would be a list to read, not a correction.</summary>
    public const int MaxSuggestions = 5;

    private readonly Lazy<IReadOnlyList<string>> _agencies = new(() => AgencyCodes(searcher.IndexReader));

    /// <summary>
    /// The letters one edit from <paramref name="typed"/>, leaving out those at <paramref name="shownUrls"/> (already
    /// hits of the search that asked). Call it only when no letter has <paramref name="typed"/> itself.
    /// </summary>
    public RefSuggestions Suggest(CircularRef typed, IReadOnlySet<string>? shownUrls = null)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var neighbours = RefNeighbours.Of(typed, _agencies.Value);
        if (neighbours.Count == 0)
        {
            return RefSuggestions.None;
        }

        // Seeking in term order lets each seek start from where the last one ended.
        var keys = neighbours.OrderBy(neighbour => neighbour.Key, StringComparer.Ordinal)
            .Select(neighbour => (Bytes: new BytesRef(neighbour.Key), neighbour.Edit)).ToList();
        var found = new List<Candidate>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTerms(IndexFields.RefKeys) is not { } terms)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            var dates = reader.GetNumericDocValues(IndexFields.Date);
            var ids = reader.GetSortedDocValues(IndexFields.Id);
            DocsEnum? postings = null;
            foreach (var (bytes, edit) in keys)
            {
                if (!termsEnum.SeekExact(bytes))
                {
                    continue;
                }

                postings = termsEnum.Docs(reader.LiveDocs, postings, DocsFlags.NONE);
                for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                {
                    var url = new BytesRef();
                    ids?.Get(doc, url);
                    found.Add(new Candidate(leaf.DocBase + doc, edit, dates?.Get(doc) ?? 0, url.Utf8ToString()));
                }
            }
        }

        var best = found
            .Where(candidate => shownUrls is null || !shownUrls.Contains(candidate.Url))
            .OrderBy(candidate => candidate.Edit).ThenByDescending(candidate => candidate.Date).ThenBy(candidate => candidate.Url, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(candidate => ToSuggestion(StoredCircular.From(searcher.Doc(candidate.Doc, StoredCircular.SummaryFields))))
            .ToList();
        return new RefSuggestions(best, keys.Count, found.Count);
    }

    private static RefSuggestion ToSuggestion(StoredCircular circular) =>
        new(circular.Ref, circular.NormalizedRef, circular.Title, circular.Date, circular.Url, circular.Agency);

    /// <summary>The agency codes of the letters' own refs (<see cref="RefKeys.Agency"/> terms): about a hundred at most.</summary>
    private static IReadOnlyList<string> AgencyCodes(IndexReader reader)
    {
        var key = RefKeys.Agency("");
        var prefix = new BytesRef(key);
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var termsEnum = leaf.AtomicReader.GetTerms(IndexFields.RefKeys)?.GetEnumerator();
            if (termsEnum is null || termsEnum.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                if (!StringHelper.StartsWith(termsEnum.Term, prefix))
                {
                    break;
                }

                codes.Add(termsEnum.Term.Utf8ToString()[key.Length..]);
            }
            while (termsEnum.MoveNext());
        }

        return [.. codes];
    }

    private sealed record Candidate(int Doc, RefEdit Edit, long Date, string Url);
}
