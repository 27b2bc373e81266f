using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;

namespace GeccPortal.Search.Tests.Support;

/// <summary>A real index written to a temp folder, opened for searching, deleted on dispose.</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex(IEnumerable<SearchDocument> documents)
    {
        Directory = Path.Combine(Path.GetTempPath(), "gecc-search-tests-" + Guid.NewGuid().ToString("N"));
        CircularIndex.Write(Directory, documents);
        Searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(Directory)!);
    }

    public string Directory { get; }

    public CircularSearcher Searcher { get; }

    public SearchResponse Search(string query, Func<SearchRequest, SearchRequest>? configure = null)
    {
        var request = new SearchRequest { Query = query, Size = 50 };
        return Searcher.Search(configure is null ? request : configure(request));
    }

    /// <summary>The normalised refs of the hits, in order.</summary>
    public List<string> Refs(string query, Func<SearchRequest, SearchRequest>? configure = null) =>
        Search(query, configure).Hits.Select(hit => GeccPortal.Thai.CircularRef.Parse(hit.Ref).Normalized).ToList();

    /// <summary>The refs of the hits that match the query as typed: none when only an approximate match found any.</summary>
    public List<string> ExactRefs(string query) => Search(query).Approximate ? [] : Refs(query);

    public void Dispose()
    {
        Searcher.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
