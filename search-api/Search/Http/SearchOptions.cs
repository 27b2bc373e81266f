namespace GeccPortal.Search.Http;

/// <summary>Where the index lives and the limits the HTTP endpoints enforce on what a client may ask.</summary>
public sealed record SearchOptions
{
    /// <summary>The folder <c>CircularIndex.Write</c> publishes generations into (its pointer file names the current one).</summary>
    public required string IndexDirectory { get; init; }

    /// <summary>Longest query accepted, in characters; longer ones get 400 rather than an expensive search.</summary>
    public int MaxQueryLength { get; init; } = 500;

    /// <summary>Largest <c>size</c> a client may ask for.</summary>
    public int MaxPageSize { get; init; } = 100;

    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Deepest page served: deeper pages make Lucene collect page × size hits for nothing a person reads.</summary>
    public int MaxPage { get; init; } = 1000;

    public int MaxSuggestions { get; init; } = 20;

    public int DefaultSuggestions { get; init; } = 8;

    /// <summary>
    /// A generation up to this size is copied into memory when opened, which takes a quarter off the CPU of an
    /// uncached search (see <see cref="Querying.GenerationDirectory"/>); a larger one is read from disk. 0: always from disk.
    /// </summary>
    public long InMemoryIndexMaxBytes { get; init; } = Querying.GenerationDirectory.DefaultInMemoryMaxBytes;

    /// <summary>How often the pointer file is checked even when the file-system watcher says nothing (network shares, missed events).</summary>
    public TimeSpan IndexCheckInterval { get; init; } = TimeSpan.FromSeconds(2);
}
