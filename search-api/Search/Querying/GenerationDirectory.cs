using Lucene.Net.Store;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Opens an index generation for reading: copied into memory when it is small enough, else read from disk.
/// Lucene.Net reads memory-mapped files a byte at a time through <c>SafeBuffer</c>, with a handle reference
/// taken and released around each read (18 % of an uncached search's CPU in a profile); from a managed copy
/// uncached searches took a quarter less CPU in bench/api (3.24 against 4.28 ms a request, 10,000 circulars,
/// a 17 MB index) and lookups of new refs 0.17 against 0.24 ms.
/// </summary>
public static class GenerationDirectory
{
    /// <summary>
    /// The largest generation read into memory unless configured otherwise: 128 MB (bench/api's 10,000 circulars make 19 MB).
    /// Two such copies (the old generation serves requests in flight while the new one opens) must fit under
    /// the API host's heap ceiling (<c>System.GC.HeapHardLimit</c>, 512 MB, in its project file).
    /// </summary>
    public const long DefaultInMemoryMaxBytes = 128L << 20;

    /// <summary>The generation's directory, and whether it was copied into memory.</summary>
    /// <param name="inMemoryMaxBytes">A generation whose files add up to more than this is read from disk; 0 always reads from disk.</param>
    public static (Lucene.Net.Store.Directory Directory, bool InMemory) Open(string generationDirectory, long inMemoryMaxBytes)
    {
        var onDisk = FSDirectory.Open(generationDirectory);
        if (inMemoryMaxBytes <= 0 || SizeOf(generationDirectory) > inMemoryMaxBytes)
        {
            return (onDisk, false);
        }

        try
        {
            // Read once, in full: the copy keeps nothing open on disk, so a later clean-up may delete the folder.
            return (new RAMDirectory(onDisk, IOContext.READ_ONCE), true);
        }
        finally
        {
            onDisk.Dispose();
        }
    }

    private static long SizeOf(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles().Sum(file => file.Length);
}
