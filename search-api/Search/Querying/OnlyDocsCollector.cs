using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeccPortal.Search.Querying;

/// <summary>Passes on only the documents in <paramref name="docs"/> (ids of the whole index): hits, total and facets alike.</summary>
internal sealed class OnlyDocsCollector(ICollector inner, IReadOnlySet<int> docs) : ICollector
{
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (docs.Contains(_docBase + doc))
        {
            inner.Collect(doc);
        }
    }
}
