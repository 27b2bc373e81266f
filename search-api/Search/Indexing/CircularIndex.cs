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
/// </summary>
public static class CircularIndex
{
    public const string PointerFileName = "CURRENT";
    public const string GenerationPrefix = "gen-";

    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The scoring both writer and searcher use.</summary>
    internal static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Writes every document into a new generation and publishes it.</summary>
    public static void Write(string indexDirectory, IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(indexDirectory);
        ArgumentNullException.ThrowIfNull(documents);
        System.IO.Directory.CreateDirectory(indexDirectory);
        var generation = Path.Combine(indexDirectory, NewGenerationName());
        WriteGeneration(generation, documents);
        var previous = ResolveCurrent(indexDirectory);
        Publish(indexDirectory, Path.GetFileName(generation));
        DeleteOlderThan(indexDirectory, Path.GetFileName(previous ?? generation));
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
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Similarity,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var document in documents)
        {
            writer.AddDocument(DocumentBuilder.Build(document));
        }

        // One segment: the index is written once and read many times.
        writer.ForceMerge(1);
        writer.Commit();
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

            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A reader on another platform may still hold it; the next write cleans it up.
            }
        }
    }

    /// <summary>Sortable and unique: UTC time to the millisecond, then a random suffix for writers racing.</summary>
    private static string NewGenerationName() =>
        GenerationPrefix + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)
        + "-" + Guid.NewGuid().ToString("N")[..8];
}
