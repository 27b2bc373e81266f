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
    private readonly ConcurrentDictionary<string, CachedSource> _current = new(StringComparer.Ordinal);

    private SourceCache(string file, IReadOnlyDictionary<string, CachedSource> previous)
    {
        _file = file;
        _previous = previous;
    }

    /// <summary>The cache in <paramref name="file"/>; empty when missing, unreadable or from another generator build.</summary>
    public static SourceCache Open(string file)
    {
        var entries = new Dictionary<string, CachedSource>(StringComparer.Ordinal);
        try
        {
            using var stream = new BufferedStream(File.OpenRead(file), 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() == Format && reader.ReadString() == ContentStamp.OfGenerator())
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

        return new SourceCache(file, entries);
    }

    public bool TryGet(string displayPath, FileInfo file, out CachedSource source)
    {
        if (_previous.TryGetValue(displayPath, out source!) && source.Length == file.Length && source.WriteTicks == file.LastWriteTimeUtc.Ticks)
        {
            _current[displayPath] = source;
            return true;
        }

        return false;
    }

    public void Add(string displayPath, FileInfo file, string stamp, CircularFrontMatter frontMatter) =>
        _current[displayPath] = new CachedSource(file.Length, file.LastWriteTimeUtc.Ticks, stamp, frontMatter);

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
            writer.Write(ContentStamp.OfGenerator());
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
