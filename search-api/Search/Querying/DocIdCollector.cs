using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeccPortal.Search.Querying;

/// <summary>Adds every document it is given to <paramref name="docs"/>, as ids of the whole index.</summary>
internal sealed class DocIdCollector(HashSet<int> docs) : ICollector
{
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => docs.Add(_docBase + doc);
}
