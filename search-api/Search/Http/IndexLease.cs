namespace GeccPortal.Search.Http;

/// <summary>
/// The searcher a request uses from start to finish. Disposing the lease lets go of the generation, so a
/// generation swapped out mid-request stays open until the request is done with it.
/// </summary>
public sealed class IndexLease<TSearcher> : IDisposable
    where TSearcher : class, IDisposable
{
    private IndexGeneration<TSearcher>? _generation;

    internal IndexLease(IndexGeneration<TSearcher> generation) => _generation = generation;

    public TSearcher Searcher =>
        _generation?.Searcher ?? throw new ObjectDisposedException(nameof(IndexLease<TSearcher>));

    /// <summary>The generation folder this lease reads.</summary>
    public string Folder =>
        _generation?.Folder ?? throw new ObjectDisposedException(nameof(IndexLease<TSearcher>));

    public void Dispose() => Interlocked.Exchange(ref _generation, null)?.Release();
}
