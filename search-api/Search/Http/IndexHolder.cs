using Microsoft.Extensions.Logging;

namespace GeccPortal.Search.Http;

/// <summary>
/// Holds the searcher over the current index generation and swaps in a new one when the pointer file moves.
/// Requests take a lease (<see cref="Acquire"/>); the old searcher is disposed only after the last lease on it
/// is released, so a swap never fails a request in flight. A missing or unreadable generation is reported in
/// <see cref="Status"/> and logged once; the holder keeps serving what it has, and the process stays up.
/// </summary>
public sealed class IndexHolder<TSearcher> : ISwappableIndex, IDisposable
    where TSearcher : class, IDisposable
{
    private readonly Func<string?> _resolveCurrent;
    private readonly Func<string, TSearcher> _open;
    private readonly ILogger _logger;
    private readonly Func<TSearcher, string?>? _describe;
    private readonly Lock _refreshLock = new();
    private IndexGeneration<TSearcher>? _current;
    private string? _currentProblem;
    private IndexStatus _status = new(null, "the index has not been opened yet");
    private bool _disposed;

    /// <param name="indexDirectory">The folder generations are published into (for status and log lines).</param>
    /// <param name="resolveCurrent">Returns the current generation folder, or null when none is published.</param>
    /// <param name="open">Opens a searcher over one generation folder; throws when the folder is not a readable index.</param>
    /// <param name="logger">Where changes of state are logged.</param>
    /// <param name="describe">What is wrong with a generation that opened but may answer poorly (another schema), or null.</param>
    public IndexHolder(string indexDirectory, Func<string?> resolveCurrent, Func<string, TSearcher> open, ILogger logger,
        Func<TSearcher, string?>? describe = null)
    {
        IndexDirectory = indexDirectory;
        _resolveCurrent = resolveCurrent;
        _open = open;
        _logger = logger;
        _describe = describe;
    }

    public string IndexDirectory { get; }

    public IndexStatus Status => Volatile.Read(ref _status);

    /// <summary>A lease on the current searcher, or null when no generation could be opened yet.</summary>
    public IndexLease<TSearcher>? Acquire()
    {
        while (true)
        {
            var generation = Volatile.Read(ref _current);
            if (generation is null)
            {
                return null;
            }

            if (generation.TryAddReference())
            {
                return new IndexLease<TSearcher>(generation);
            }

            // Swapped out and fully released between the read and the add: the next read sees its successor.
        }
    }

    public IndexStatus Refresh()
    {
        lock (_refreshLock)
        {
            if (_disposed)
            {
                return _status;
            }

            string? folder;
            try
            {
                folder = _resolveCurrent();
            }
            catch (Exception e)
            {
                return Report($"the pointer to the current generation cannot be read: {e.Message}");
            }

            if (folder is null)
            {
                return Report("no index generation has been published there (build the site with the generator first)");
            }

            var current = Volatile.Read(ref _current);
            if (current is not null && PathsEqual(current.Folder, folder))
            {
                return SetStatus(new IndexStatus(current.Folder, _currentProblem));
            }

            TSearcher searcher;
            string? problem;
            try
            {
                searcher = _open(folder);
            }
            catch (Exception e)
            {
                return Report($"generation {folder} cannot be opened ({e.GetType().Name}: {e.Message})");
            }

            try
            {
                problem = _describe?.Invoke(searcher);
            }
            catch (Exception e)
            {
                searcher.Dispose();
                return Report($"generation {folder} cannot be read ({e.GetType().Name}: {e.Message})");
            }

            var previous = Interlocked.Exchange(ref _current, new IndexGeneration<TSearcher>(folder, searcher));
            _currentProblem = problem;
            previous?.Release();
            IndexLog.Serving(_logger, folder, previous?.Folder ?? "nothing");
            if (problem is not null)
            {
                IndexLog.ServingWithProblem(_logger, folder, problem);
            }

            return SetStatus(new IndexStatus(folder, problem));
        }
    }

    public void Dispose()
    {
        lock (_refreshLock)
        {
            _disposed = true;
            Interlocked.Exchange(ref _current, null)?.Release();
        }
    }

    /// <summary>Records a problem, logging it only when it differs from the last one so polling does not flood the log.</summary>
    private IndexStatus Report(string problem)
    {
        var serving = Volatile.Read(ref _current)?.Folder;
        if (problem != _status.Problem)
        {
            if (serving is null)
            {
                IndexLog.Unavailable(_logger, IndexDirectory, problem);
            }
            else
            {
                IndexLog.KeptOld(_logger, IndexDirectory, serving, problem);
            }
        }

        return SetStatus(new IndexStatus(serving, problem));
    }

    private IndexStatus SetStatus(IndexStatus status)
    {
        Volatile.Write(ref _status, status);
        return status;
    }

    private static bool PathsEqual(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
