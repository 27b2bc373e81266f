using System.Collections.Concurrent;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Answers to recent requests (searches, reference lookups). An index generation never changes, so an answer
/// stays right for as long as its searcher lives; people ask the same few things (a word, a reference) over
/// and over, and a Thai phrase matching most of the corpus costs tens of milliseconds to count. Bounded: when
/// full it starts over, which is cheap and keeps whatever is popular coming back. A null answer (no such
/// circular) is kept too.
/// </summary>
public sealed class ResponseCache<TRequest, TResponse>(int capacity)
    where TRequest : notnull
{
    private readonly ConcurrentDictionary<TRequest, TResponse> _responses = new();

    public int Count => _responses.Count;

    public bool TryGet(TRequest request, out TResponse response) =>
        _responses.TryGetValue(request, out response!);

    public void Add(TRequest request, TResponse response)
    {
        if (_responses.Count >= capacity)
        {
            _responses.Clear();
        }

        _responses[request] = response;
    }
}
