using System.Collections.Concurrent;
using System.Text;

namespace GeccPortal.Generator.Content.Caching;

/// <summary>
/// Parsed front matter of each circular file, keyed by the file's path, length and write time, kept in the
/// build cache (<c>.gecc-cache/&lt;output&gt;/sources.bin</c>). A file whose length and time match is not
/// parsed again, and its body is read only if a page that shows it is rendered. Only files that loaded
/// without a problem are kept, so a file's warnings are printed by every build. The whole cache is dropped
/// when the generator build changes (parsing may have changed with it).
/// </summary>
public sealed class SourceCache
{
    private const string Format = "gecc-sources-1";

    private readonly string _file;
    private readonly IReadOnlyDictionary<string, CachedSource> _previous;
    private readonly IReadOnlyDictionary<string, (long Length, long WriteTicks)> _stats;
    private readonly ConcurrentDictionary<string, CachedSource> _current = new(StringComparer.Ordinal);

    private SourceCache(string file, IReadOnlyDictionary<string, CachedSource> previous, IReadOnlyDictionary<string, (long Length, long WriteTicks)> stats)
    {
        _file = file;
        _previous = previous;
        _stats = stats;
    }

    /// <summary>The cache in <paramref name="file"/>; empty when missing, unreadable or from another generator build.</summary>
    /// <param name="stats">Lengths and write times by full path already read this build (the input fingerprint's), so no file is looked at twice.</param>
    public static SourceCache Open(string file, IReadOnlyDictionary<string, (long Length, long WriteTicks)>? stats = null)
    {
        var entries = new Dictionary<string, CachedSource>(StringComparer.Ordinal);
        try
        {
            using var stream = new BufferedStream(File.OpenRead(file), 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() == Format && reader.ReadString() == ContentStamp.Generator)
            {
                var count = reader.ReadInt32();
                for (var i = 0; i < count; i++)
                {
                    var path = reader.ReadString();
                    var length = reader.ReadInt64();
                    var ticks = reader.ReadInt64();
                    var stamp = reader.ReadString();
                    entries[path] = new CachedSource(length, ticks, stamp, FrontMatterCodec.Read(reader, path));
                }
            }
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException)
        {
            // A missing or damaged cache only means every file is parsed.
            entries.Clear();
        }

        return new SourceCache(file, entries, stats ?? new Dictionary<string, (long, long)>());
    }

    /// <summary>The length and write time of a content file: from this build's fingerprint when it has them.</summary>
    public (long Length, long WriteTicks) StatOf(string fullPath)
    {
        if (_stats.TryGetValue(fullPath, out var stat))
        {
            return stat;
        }

        var info = new FileInfo(fullPath);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, 0);
    }

    public bool TryGet(string displayPath, (long Length, long WriteTicks) stat, out CachedSource source)
    {
        if (_previous.TryGetValue(displayPath, out source!) && source.Length == stat.Length && source.WriteTicks == stat.WriteTicks)
        {
            _current[displayPath] = source;
            return true;
        }

        return false;
    }

    public void Add(string displayPath, (long Length, long WriteTicks) stat, string stamp, CircularFrontMatter frontMatter) =>
        _current[displayPath] = new CachedSource(stat.Length, stat.WriteTicks, stamp, frontMatter);

    /// <summary>Writes the entries this load used or added (files gone since are dropped), if anything changed.</summary>
    public void Save()
    {
        if (_current.Count == _previous.Count && _current.All(pair => _previous.TryGetValue(pair.Key, out var old) && ReferenceEquals(old, pair.Value)))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        var temp = _file + ".tmp-" + Guid.NewGuid().ToString("N");
        using (var stream = new BufferedStream(File.Create(temp), 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Format);
            writer.Write(ContentStamp.Generator);
            writer.Write(_current.Count);
            foreach (var (path, source) in _current.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.Write(path);
                writer.Write(source.Length);
                writer.Write(source.WriteTicks);
                writer.Write(source.Stamp);
                FrontMatterCodec.Write(writer, source.FrontMatter);
            }
        }

        File.Move(temp, _file, overwrite: true);
    }
}

/// <summary>One cached file: its length and write time when parsed, its content stamp and its front matter.</summary>
public sealed record CachedSource(long Length, long WriteTicks, string Stamp, CircularFrontMatter FrontMatter);
