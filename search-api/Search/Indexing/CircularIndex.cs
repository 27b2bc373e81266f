using System.Globalization;

using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GeccPortal.Search.Indexing;

/// <summary>
/// Writes and publishes the search index. Each write builds a new generation folder
/// (<c>gen-…</c>) inside the index directory, then points the <c>CURRENT</c> file at it by writing a temp
/// file and renaming it over the old one, so a reader sees either the old index or the new one, never
/// half of one. The previous generation is kept for readers still holding it; older ones are deleted.
/// <see cref="Update"/> builds the new generation from the current one's files instead of from scratch.
/// </summary>
public static class CircularIndex
{
    public const string PointerFileName = "CURRENT";
    public const string GenerationPrefix = "gen-";

    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The scoring both writer and searcher use.</summary>
    internal static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>
    /// Writes every document into a new generation and publishes it. The documents are read once, in order,
    /// on the calling thread, a few at a time (a lazy source is never held in memory), and analysed there;
    /// the other cores add them to the index (see <see cref="IndexingWorkers"/>).
    /// </summary>
    public static void Write(string indexDirectory, IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(indexDirectory);
        ArgumentNullException.ThrowIfNull(documents);
        System.IO.Directory.CreateDirectory(indexDirectory);
        var generation = Path.Combine(indexDirectory, NewGenerationName());
        Build(generation, () => WriteGeneration(generation, documents));
        PublishAndClean(indexDirectory, generation);
    }

    /// <summary>
    /// Publishes the current generation with some circulars added, replaced or removed, without writing the
    /// rest again: the new generation starts as hard links to the current one's files (see
    /// <see cref="GenerationFiles"/>), which stays as it was for the readers holding it. A document of
    /// <paramref name="upserts"/> replaces the one with the same <see cref="SearchDocument.Url"/>, if any;
    /// a URL given twice takes its last document; an upsert wins over a removal of its URL. With no
    /// published generation yet, the upserts are written as the whole index.
    /// </summary>
    /// <exception cref="InvalidOperationException">The current generation was written by another version of the
    /// index schema (see <see cref="CanUpdate"/>); write the whole index instead.</exception>
    public static void Update(string indexDirectory, IEnumerable<SearchDocument> upserts, IEnumerable<string> removedUrls)
    {
        ArgumentNullException.ThrowIfNull(indexDirectory);
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(removedUrls);
        var current = ResolveCurrent(indexDirectory);
        if (current is null)
        {
            Write(indexDirectory, upserts);
            return;
        }

        var generation = Path.Combine(indexDirectory, NewGenerationName());
        Build(generation, () =>
        {
            GenerationFiles.LinkOrCopy(current, generation);
            UpdateGeneration(generation, upserts, removedUrls);
        });
        PublishAndClean(indexDirectory, generation);
    }

    /// <summary>
    /// Whether <see cref="Update"/> can apply changes to the published generation: false when none is
    /// published, or when it was written by another version of the fields or analysis (its documents would
    /// not match new ones, and one written before <see cref="IndexFields.Id"/> cannot be updated by URL).
    /// </summary>
    public static bool CanUpdate(string indexDirectory)
    {
        ArgumentNullException.ThrowIfNull(indexDirectory);
        var current = ResolveCurrent(indexDirectory);
        if (current is null)
        {
            return false;
        }

        using var directory = FSDirectory.Open(current);
        var commit = new SegmentInfos();
        try
        {
            commit.Read(directory);
        }
        catch (Exception exception) when (exception is IOException or IndexNotFoundException or CorruptIndexException)
        {
            return false;
        }

        return IndexSchema.Matches(commit.UserData);
    }

    /// <summary>The folder <c>CURRENT</c> points at, or null when there is no published index.</summary>
    public static string? ResolveCurrent(string indexDirectory)
    {
        var pointer = Path.Combine(indexDirectory, PointerFileName);
        string name;
        try
        {
            name = File.ReadAllText(pointer).Trim();
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        // Only a plain generation name: the pointer must never lead outside the index directory.
        if (!name.StartsWith(GenerationPrefix, StringComparison.Ordinal) || name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var generation = Path.Combine(indexDirectory, name);
        return System.IO.Directory.Exists(generation) ? generation : null;
    }

    private static void WriteGeneration(string generation, IEnumerable<SearchDocument> documents)
    {
        using var analyzer = SearchAnalyzers.ForIndex();
        using var directory = FSDirectory.Open(generation);
        var writer = new IndexWriter(directory, WriterSettings.Create(analyzer, OpenMode.CREATE));
        try
        {
            // The calling thread builds and analyses (word analysis cannot run on two threads at once); the
            // other cores add, which leaves them inverting the tokens and writing the segment. One analyzer
            // serves both: it keeps its reusable parts per thread.
            IndexingWorkers.Run(documents, document => DocumentBuilder.Build(document, analyzer),
                Math.Max(1, Environment.ProcessorCount - 1), writer.AddDocument);

            // One segment: the index is written once and read many times. With one adding thread the writer
            // holds the bench corpus (10,000 circulars, 12 M chars) in one flush, so there is nothing to
            // merge; with more adding threads it merges one segment per thread (not measured here: the bench
            // machine has two cores, so one adding thread).
            writer.ForceMerge(1);
            IndexSchema.Stamp(writer);
            writer.Commit();
            writer.Dispose();
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    private static void UpdateGeneration(string generation, IEnumerable<SearchDocument> upserts, IEnumerable<string> removedUrls)
    {
        using var analyzer = SearchAnalyzers.ForIndex();
        using var directory = FSDirectory.Open(generation);
        var writer = new IndexWriter(directory, WriterSettings.Create(analyzer, OpenMode.APPEND));
        try
        {
            if (!IndexSchema.Matches(writer.CommitData))
            {
                throw new InvalidOperationException(
                    $"{generation}: the published index was written by another version of the index schema; write the whole index instead of updating it");
            }

            // Removals first, so an upsert of a removed URL is what remains. One thread: a handful of documents,
            // and a URL given twice must keep its last document.
            foreach (var url in removedUrls)
            {
                writer.DeleteDocuments(new Term(IndexFields.Id, url));
            }

            foreach (var document in upserts)
            {
                writer.UpdateDocument(new Term(IndexFields.Id, document.Url), DocumentBuilder.Build(document));
            }

            // No forced merge: the new documents form a small segment of their own; the merge policy folds
            // small segments together as updates accumulate, and Dispose waits for any merge it starts.
            IndexSchema.Stamp(writer);
            writer.Commit();
            writer.Dispose();
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    /// <summary>Builds an unpublished generation; if that fails, the half-written folder is removed.</summary>
    private static void Build(string generation, Action write)
    {
        try
        {
            write();
        }
        catch
        {
            TryDelete(generation);
            throw;
        }
    }

    /// <summary>Points <c>CURRENT</c> at the new generation and deletes those before the one it replaced.</summary>
    private static void PublishAndClean(string indexDirectory, string generation)
    {
        var previous = ResolveCurrent(indexDirectory);
        Publish(indexDirectory, Path.GetFileName(generation));
        DeleteOlderThan(indexDirectory, Path.GetFileName(previous ?? generation));
    }

    private static void Publish(string indexDirectory, string generationName)
    {
        var pointer = Path.Combine(indexDirectory, PointerFileName);
        var temp = Path.Combine(indexDirectory, $"{PointerFileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, generationName + "\n");
        File.Move(temp, pointer, overwrite: true);
    }

    /// <summary>Deletes generations named before <paramref name="oldestKept"/> (names sort by time).</summary>
    private static void DeleteOlderThan(string indexDirectory, string oldestKept)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(indexDirectory, GenerationPrefix + "*"))
        {
            if (string.CompareOrdinal(Path.GetFileName(folder), oldestKept) >= 0)
            {
                continue;
            }

            TryDelete(folder);
        }
    }

    private static void TryDelete(string generation)
    {
        try
        {
            // Files shared by hard link with another generation only lose this folder's name.
            System.IO.Directory.Delete(generation, recursive: true);
        }
        catch (IOException)
        {
            // A reader on another platform may still hold it; the next write cleans it up.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise: the next write tries again.
        }
    }

    /// <summary>Sortable and unique: UTC time to the millisecond, then a random suffix for writers racing.</summary>
    private static string NewGenerationName() =>
        GenerationPrefix + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)
        + "-" + Guid.NewGuid().ToString("N")[..8];
}
