using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GeccPortal.Search.Querying;

/// <summary>
/// The letters a search may visit (a request's agency, type, urgency and dates), handed to the query as the documents
/// its postings accept, as deleted ones are refused. A filter written as a required clause of the query does not stop
/// the phrase and span scorers of the other clauses from checking word positions in every letter holding their words,
/// filtered or not: they look for their next match on their own. Accepted here, the postings skip the other letters
/// before any position is read, and the scores are those the clauses would have given (each filter scored 0).
/// </summary>
internal sealed class AcceptedDocs : Filter
{
    private readonly IReadOnlyList<Filter> _parts;

    /// <param name="parts">Filters a letter must pass, every one.</param>
    public AcceptedDocs(IReadOnlyList<Filter> parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        _parts = parts;
    }

    /// <summary>The query searching only the letters every part accepts.</summary>
    public Query Around(Query query) => new FilteredQuery(query, this, AsAcceptedDocs.Instance);

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        FixedBitSet? accepted = null;
        foreach (var part in _parts)
        {
            var docs = part.GetDocIdSet(context, acceptDocs)?.GetIterator();
            if (docs is null)
            {
                return null;
            }

            if (accepted is null)
            {
                accepted = new FixedBitSet(context.AtomicReader.MaxDoc);
                accepted.Or(docs);
            }
            else
            {
                accepted.And(docs);
            }
        }

        return accepted;
    }

    public override string ToString() => $"AcceptedDocs({string.Join(", ", _parts)})";

    /// <summary>
    /// Always as accepted documents, however few (Lucene's default strategy walks the filter and the query side by side
    /// when the first accepted letter is past the 100th, which leaves the scorers checking positions in the others).
    /// </summary>
    private sealed class AsAcceptedDocs : FilteredQuery.FilterStrategy
    {
        public static readonly AsAcceptedDocs Instance = new();

        public override Scorer? FilteredScorer(AtomicReaderContext context, Weight weight, DocIdSet docIdSet) =>
            docIdSet.Bits is { } bits ? weight.GetScorer(context, bits) : null;

        public override BulkScorer? FilteredBulkScorer(AtomicReaderContext context, Weight weight, bool scoreDocsInOrder, DocIdSet docIdSet) =>
            docIdSet.Bits is { } bits ? weight.GetBulkScorer(context, scoreDocsInOrder, bits) : null;
    }
}
