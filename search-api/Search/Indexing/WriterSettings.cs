using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace GeccPortal.Search.Indexing;

/// <summary>How every index writer is configured, for a full write and for an update alike.</summary>
internal static class WriterSettings
{
    /// <summary>
    /// Shared by every indexing thread: the writer flushes whichever thread's buffer is largest when the
    /// total reaches it, so memory stays bounded however many threads add documents.
    /// </summary>
    public const double RamBufferMB = 48;

    public static IndexWriterConfig Create(Analyzer analyzer, OpenMode mode) => new(CircularIndex.Version, analyzer)
    {
        OpenMode = mode,
        Similarity = CircularIndex.Similarity,
        RAMBufferSizeMB = RamBufferMB,

        // Flushed segments stay as separate files instead of being copied into one compound file: the forced
        // merge then had to unpack the segment again (the merge policy keeps large segments uncompounded),
        // 0.85 of a 6.5 s write of 10,000 circulars in bench/index. The merge policy still compounds small merges.
        UseCompoundFile = false,
    };
}
