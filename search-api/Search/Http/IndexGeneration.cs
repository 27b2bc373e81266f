namespace GeccPortal.Search.Http;

/// <summary>
/// One opened index generation with a reference count: the holder owns one reference while the generation is
/// current and every request owns one while it runs, so the searcher is disposed by whoever lets go last.
/// </summary>
internal sealed class IndexGeneration<TSearcher>(string folder, TSearcher searcher)
    where TSearcher : class, IDisposable
{
    private int _references = 1;

    public string Folder { get; } = folder;

    public TSearcher Searcher { get; } = searcher;

    /// <summary>Takes a reference unless the count already reached zero (the searcher is disposed or about to be).</summary>
    public bool TryAddReference()
    {
        while (true)
        {
            var count = Volatile.Read(ref _references);
            if (count == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _references, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Searcher.Dispose();
        }
    }
}
