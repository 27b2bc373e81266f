using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeccPortal.Search.Querying;

/// <summary>Passes on only the documents scoring at least <paramref name="minScore"/>: hits, total and facets alike.</summary>
internal sealed class MinScoreCollector(ICollector inner, float minScore) : ICollector
{
    private Scorer? _scorer;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        inner.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);

    public void Collect(int doc)
    {
        if (_scorer!.GetScore() >= minScore)
        {
            inner.Collect(doc);
        }
    }
}
