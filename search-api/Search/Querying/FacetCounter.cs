using GeccPortal.Search.Indexing;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Counts, for every matching circular (not only the page shown), its agency, year, type and urgency,
/// reading their sorted doc values segment by segment.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private static readonly string[] Fields = [IndexFields.Agency, IndexFields.Year, IndexFields.Type, IndexFields.Urgency];

    private readonly Dictionary<string, int>[] _totals = Fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedDocValues?[] _values = new SortedDocValues?[Fields.Length];
    private readonly int[][] _segmentCounts = new int[Fields.Length][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < Fields.Length; i++)
        {
            var values = context.AtomicReader.GetSortedDocValues(IndexFields.Facet(Fields[i]));
            _values[i] = values;
            _segmentCounts[i] = values is null ? [] : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            var ord = _values[i]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                _segmentCounts[i][ord]++;
            }
        }
    }

    /// <summary>The counts, most frequent first (the year facet newest first).</summary>
    public SearchFacets Result()
    {
        FlushSegment();
        return new SearchFacets(ByCount(_totals[0]), ByValueDescending(_totals[1]), ByCount(_totals[2]), ByCount(_totals[3]));
    }

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < Fields.Length; i++)
        {
            var values = _values[i];
            if (values is null)
            {
                continue;
            }

            for (var ord = 0; ord < _segmentCounts[i].Length; ord++)
            {
                if (_segmentCounts[i][ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                _totals[i][key] = _totals[i].GetValueOrDefault(key) + _segmentCounts[i][ord];
            }

            _values[i] = null;
        }
    }

    private static List<FacetValue> ByCount(Dictionary<string, int> counts) =>
        counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new FacetValue(pair.Key, pair.Value)).ToList();

    private static List<FacetValue> ByValueDescending(Dictionary<string, int> counts) =>
        counts.OrderByDescending(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new FacetValue(pair.Key, pair.Value)).ToList();
}
