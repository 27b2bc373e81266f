using System.Collections.Concurrent;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Responses of recent searches. An index generation never changes, so a response stays right for as long
/// as its searcher lives; people ask the same few things (a word, a reference) over and over, and a Thai
/// phrase matching most of the corpus costs tens of milliseconds to count. Bounded: when full it starts
/// over, which is cheap and keeps whatever is popular coming back.
/// </summary>
public sealed class ResponseCache(int capacity)
{
    private readonly ConcurrentDictionary<SearchRequest, SearchResponse> _responses = new();

    public int Count => _responses.Count;

    public bool TryGet(SearchRequest request, out SearchResponse response) =>
        _responses.TryGetValue(request, out response!);

    public void Add(SearchRequest request, SearchResponse response)
    {
        if (_responses.Count >= capacity)
        {
            _responses.Clear();
        }

        _responses[request] = response;
    }
}
