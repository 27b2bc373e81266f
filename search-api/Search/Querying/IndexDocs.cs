using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Accepts only the documents in <paramref name="docs"/> (ids of the whole index): as a part of <see cref="AcceptedDocs"/>,
/// a search scores those letters alone instead of scoring every match and keeping a few.
/// </summary>
internal sealed class IndexDocs(IReadOnlySet<int> docs) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var maxDoc = context.AtomicReader.MaxDoc;
        var accepted = new FixedBitSet(maxDoc);
        foreach (var doc in docs)
        {
            var local = doc - context.DocBase;
            if (local >= 0 && local < maxDoc && (acceptDocs is null || acceptDocs.Get(local)))
            {
                accepted.Set(local);
            }
        }

        return accepted;
    }

    public override string ToString() => $"IndexDocs({docs.Count})";
}
