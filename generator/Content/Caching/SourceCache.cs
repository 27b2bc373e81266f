using System.Collections.Concurrent;
using System.Text;

namespace GeccPortal.Generator.Content.Caching;

/// <summary>
/// Parsed front matter of each circular file, keyed by the file's path, length and write time, kept in the
/// build cache (<c>.gecc-cache/&lt;output&gt;/sources.bin</c>). A file whose length and time match is not
/// parsed again, and its body is read only if a page that shows it is rendered. Only files that loaded
/// without a problem are kept, so a file's warnings are printed by every build. The whole cache is dropped
/// when the generator build changes (parsing may have changed with it).
/// <para>
/// Each entry's front matter is a length-prefixed block with a checksum over the entry's stamp and block, so a
/// damaged entry is parsed again rather than decoded into other values. The file is read through a small
/// buffer, never whole (fresh memory is what a small rebuild pays most for), and saving copies the blocks of
/// unchanged files from the old file instead of encoding them again.
/// </para>
/// <para>
/// A block also holds what the checks and the model made of the file in the build that read it, when it was clean
/// (<see cref="CheckedSnapshot"/>); the file's header names the settings stamp those were made under, and a build under
/// other settings uses none of them. A build saves the cache once, after the model stage (<see cref="Remember"/>).
/// </para>
/// </summary>
public sealed class SourceCache
{
    // 8: each file's links to circulars' pages (CircularPageLinks) after its snapshot.
    private const string Format = "gecc-sources-8";

    // Bytes of the hash (StampHash) kept per entry, over its stamp and its block: damage is caught, not decoded.
    private const int ChecksumSize = StampHash.Size;

    private readonly string _file;
    private readonly IReadOnlyDictionary<string, StoredEntry> _previous;
    private readonly IReadOnlyDictionary<string, FileStat> _stats;
    private readonly ConcurrentDictionary<string, StoredEntry> _current;
    private readonly FileStat _readVersion;

    // The settings stamp the snapshots of the file were made under, and this build's (see Settle).
    private readonly string _readStamp;
    private string _stamp;
    private int _added;

    // What the cache file holds once this build has saved it (or left it as read): the next build of a process
    // that keeps this object (gecc serve) starts from these entries instead of decoding the file again.
    private IReadOnlyDictionary<string, StoredEntry>? _saved;
    private FileStat _savedVersion;
    private string _savedStamp = "";

    private SourceCache(string file, FileStat readVersion, IReadOnlyDictionary<string, StoredEntry> previous, IReadOnlyDictionary<string, FileStat> stats, string readStamp)
    {
        _file = file;
        _readVersion = readVersion;
        _readStamp = _stamp = readStamp;
        _previous = previous;
        _stats = stats;
        // Sized for every file at once: growing it while the loader's threads fill it took 31 ms of a profiled small rebuild.
        _current = new ConcurrentDictionary<string, StoredEntry>(Environment.ProcessorCount, previous.Count + 64, StringComparer.Ordinal);
    }

    /// <summary>The cache in <paramref name="file"/>; empty when missing, unreadable or from another generator build.</summary>
    /// <param name="stats">Lengths and write times by full path already read this build (the input fingerprint's), so no file is looked at twice.</param>
    public static SourceCache Open(string file, IReadOnlyDictionary<string, FileStat>? stats = null)
    {
        var entries = new Dictionary<string, StoredEntry>(StringComparer.Ordinal);
        var version = FileStat.Of(file);
        var stamp = "";
        try
        {
            using var stream = new BufferedStream(File.OpenRead(file), 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() == Format && reader.ReadString() == ContentStamp.Generator)
            {
                stamp = reader.ReadString();
                // Asked once: the stream's Length asks the file system (fstat) every time.
                var fileLength = stream.Length;
                var count = reader.ReadInt32();
                var block = new byte[4096];
                var blockReader = new BinaryReader(new MemoryStream(block, writable: false), Encoding.UTF8);
                Span<byte> checksum = stackalloc byte[ChecksumSize];
                for (var i = 0; i < count; i++)
                {
                    var path = reader.ReadString();
                    var length = reader.ReadInt64();
                    var ticks = reader.ReadInt64();
                    var entryStamp = reader.ReadString();
                    var size = reader.ReadInt32();
                    reader.BaseStream.ReadExactly(checksum);
                    if (size < 0 || size > fileLength - stream.Position)
                    {
                        throw new FormatException($"the cached front matter of {path} runs past the end of the cache");
                    }

                    var offset = stream.Position;
                    if (block.Length < size)
                    {
                        block = new byte[Math.Max(size, block.Length * 2)];
                        blockReader = new BinaryReader(new MemoryStream(block, writable: false), Encoding.UTF8);
                    }

                    stream.ReadExactly(block.AsSpan(0, size));
                    if (!checksum.SequenceEqual(Checksum(entryStamp, block.AsSpan(0, size))))
                    {
                        // Only this file is parsed again.
                        continue;
                    }

                    // One reader over the block buffer for every entry; the checksum has vouched for its first bytes.
                    blockReader.BaseStream.Position = 0;
                    var frontMatter = FrontMatterCodec.Read(blockReader, path);
                    var snapshot = blockReader.ReadBoolean() ? CheckedSnapshotCodec.Read(blockReader, frontMatter) : null;
                    var pageLinks = ReadPageLinks(blockReader);
                    if (blockReader.BaseStream.Position != size)
                    {
                        throw new FormatException($"the cached front matter of {path} does not fill its block");
                    }

                    entries[path] = new StoredEntry(new FileStat(length, ticks), entryStamp, frontMatter, offset, size, checksum.ToArray())
                    {
                        Snapshot = snapshot,
                        PageLinks = pageLinks,
                    };
                }
            }
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException)
        {
            // A missing or damaged cache only means every file is parsed.
            entries.Clear();
        }

        // Blocks are copied from this file on save by offset: if it changed while being read, none are kept.
        if (FileStat.Of(file) != version)
        {
            entries.Clear();
        }

        return new SourceCache(file, version, entries, stats ?? new Dictionary<string, FileStat>(), stamp);
    }

    /// <summary>
    /// The cache for the next build of the same process: the entries <paramref name="last"/> saved, with no
    /// decoding, while its file is as that build left it; otherwise the file read afresh (<see cref="Open"/>).
    /// </summary>
    public static SourceCache Reopen(SourceCache last, string file, IReadOnlyDictionary<string, FileStat>? stats = null)
    {
        ArgumentNullException.ThrowIfNull(last);
        return last._file == file && last._saved is { } saved && FileStat.Of(file) is var version && version == last._savedVersion
            ? new SourceCache(file, version, saved, stats ?? new Dictionary<string, FileStat>(), last._savedStamp)
            : Open(file, stats);
    }

    /// <summary>How many files the cache file held when opened (0 when it was missing, damaged or stale).</summary>
    public int Count => _previous.Count;

    /// <summary>The length and write time of a content file: from this build's fingerprint when it has them.</summary>
    public FileStat StatOf(string fullPath)
    {
        return _stats.TryGetValue(fullPath, out var stat) ? stat : FileStat.Of(fullPath);
    }

    public bool TryGet(string displayPath, FileStat stat, out CachedSource source)
    {
        if (_previous.TryGetValue(displayPath, out var stored) && stored.Stat == stat)
        {
            _current[displayPath] = stored;
            source = new CachedSource(stored.Stamp, stored.FrontMatter) { Snapshot = stored.Snapshot, PageLinks = stored.PageLinks };
            return true;
        }

        source = null!;
        return false;
    }

    public void Add(string displayPath, FileStat stat, string stamp, CircularFrontMatter frontMatter, IReadOnlyList<CircularPageLinks.Link> pageLinks)
    {
        _current[displayPath] = new StoredEntry(stat, stamp, frontMatter, BlockOffset: -1, BlockSize: 0, Checksum: []) { PageLinks = pageLinks };
        Interlocked.Increment(ref _added);
    }

    /// <summary>
    /// Tells the cache this build's settings stamp (<see cref="LoadedContent.SettingsStamp"/>), once every file is
    /// loaded: whether the snapshots it gave (<see cref="CachedSource.Snapshot"/>) were made under it and may be used.
    /// When not, they are dropped, and only those made in this build are saved.
    /// </summary>
    public bool Settle(string settingsStamp)
    {
        _stamp = settingsStamp;
        if (settingsStamp == _readStamp)
        {
            return true;
        }

        foreach (var (path, entry) in _current)
        {
            if (entry.Snapshot is not null)
            {
                _current[path] = entry with { Snapshot = null };
            }
        }

        return false;
    }

    /// <summary>
    /// Keeps what the checks and the model made of a file loaded in this build, for the next one (see
    /// <see cref="CheckedSnapshot"/>); nothing when the file was not kept (it had a problem as it was read).
    /// </summary>
    public void Remember(string displayPath, CheckedSnapshot snapshot)
    {
        if (_current.TryGetValue(displayPath, out var entry))
        {
            _current[displayPath] = entry with { Snapshot = snapshot, BlockOffset = -1 };
            Interlocked.Increment(ref _added);
        }
    }

    /// <summary>Writes the entries this load used or added (files gone since are dropped), if anything changed.</summary>
    public void Save()
    {
        // Blocks hold their snapshots: under other settings, each is written again (with this build's snapshot, or none).
        var sameSettings = _stamp == _readStamp;
        if (_added == 0 && _current.Count == _previous.Count && sameSettings)
        {
            // The file stays as read: its blocks are where they were, and this load is done with the entries.
            (_saved, _savedVersion, _savedStamp) = (_current, _readVersion, _readStamp);
            return;
        }

        var saved = new Dictionary<string, StoredEntry>(_current.Count, StringComparer.Ordinal);

        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        var temp = _file + ".tmp-" + Guid.NewGuid().ToString("N");
        using (var old = sameSettings ? OpenOld() : null)
        using (var stream = new BufferedStream(File.Create(temp), 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Format);
            writer.Write(ContentStamp.Generator);
            writer.Write(_stamp);
            writer.Write(_current.Count);
            var block = new MemoryStream();
            using var blockWriter = new BinaryWriter(block, Encoding.UTF8, leaveOpen: true);
            // An array sort: LINQ's sort of the pairs ran as code made at run time (its generic value types live in other assemblies).
            var paths = _current.Keys.ToArray();
            Array.Sort(paths, StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var entry = _current[path];
                writer.Write(path);
                writer.Write(entry.Stat.Length);
                writer.Write(entry.Stat.WriteTicks);
                writer.Write(entry.Stamp);
                if (old is not null && entry.BlockOffset >= 0)
                {
                    // BinaryWriter keeps no buffer of its own, so the block lands right after the size.
                    writer.Write(entry.BlockSize);
                    writer.Write(entry.Checksum);
                    saved[path] = entry with { BlockOffset = stream.Position };
                    CopyBlock(old, entry, stream);
                    continue;
                }

                block.SetLength(0);
                FrontMatterCodec.Write(blockWriter, entry.FrontMatter);
                blockWriter.Write(entry.Snapshot is not null);
                if (entry.Snapshot is { } snapshot)
                {
                    CheckedSnapshotCodec.Write(blockWriter, entry.FrontMatter, snapshot);
                }

                WritePageLinks(blockWriter, entry.PageLinks);

                blockWriter.Flush();
                var encoded = block.GetBuffer().AsSpan(0, (int)block.Length);
                var checksum = Checksum(entry.Stamp, encoded);
                writer.Write(encoded.Length);
                writer.Write(checksum);
                saved[path] = entry with { BlockOffset = stream.Position, BlockSize = encoded.Length, Checksum = checksum };
                writer.Write(encoded);
            }
        }

        File.Move(temp, _file, overwrite: true);
        (_saved, _savedVersion, _savedStamp) = (saved, FileStat.Of(_file), _stamp);
    }

    /// <summary>
    /// The cache file this build read, for copying unchanged blocks; null when there was none, or when it has
    /// changed since (another build's save), so the blocks are encoded again instead of copied from wrong places.
    /// </summary>
    private FileStream? OpenOld()
    {
        if (_previous.Count == 0 || FileStat.Of(_file) != _readVersion)
        {
            return null;
        }

        try
        {
            return new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The <see cref="StampHash"/> of an entry's stamp and block, hashed in one call.</summary>
    private static byte[] Checksum(string stamp, ReadOnlySpan<byte> block)
    {
        var joined = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(stamp.Length) + block.Length);
        try
        {
            var stampLength = Encoding.UTF8.GetBytes(stamp, joined);
            block.CopyTo(joined.AsSpan(stampLength));
            return StampHash.Hash(joined.AsSpan(0, stampLength + block.Length));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(joined);
        }
    }

    private static void WritePageLinks(BinaryWriter writer, IReadOnlyList<CircularPageLinks.Link> links)
    {
        writer.Write7BitEncodedInt(links.Count);
        foreach (var link in links)
        {
            writer.Write7BitEncodedInt(link.Line);
            writer.Write7BitEncodedInt(link.Column);
            writer.Write(link.Target);
            writer.Write(link.Slug);
        }
    }

    /// <summary>The links <see cref="WritePageLinks"/> wrote; most files have none, and share one empty list.</summary>
    private static IReadOnlyList<CircularPageLinks.Link> ReadPageLinks(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        if (count == 0)
        {
            return [];
        }

        var links = new CircularPageLinks.Link[count];
        for (var i = 0; i < count; i++)
        {
            links[i] = new CircularPageLinks.Link(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.ReadString(), reader.ReadString());
        }

        return links;
    }

    private static void CopyBlock(FileStream old, StoredEntry entry, Stream target)
    {
        Span<byte> buffer = stackalloc byte[4096];
        old.Position = entry.BlockOffset;
        for (var left = entry.BlockSize; left > 0;)
        {
            var read = old.Read(buffer[..Math.Min(left, buffer.Length)]);
            if (read == 0)
            {
                throw new EndOfStreamException("the source cache was cut short while it was being saved");
            }

            target.Write(buffer[..read]);
            left -= read;
        }
    }

    /// <summary>
    /// One file as the cache holds it. <see cref="BlockOffset"/> is where its encoded front matter lies in the
    /// cache file read at the start of this build, or -1 for front matter parsed in this build.
    /// </summary>
    private sealed record StoredEntry(FileStat Stat, string Stamp, CircularFrontMatter FrontMatter, long BlockOffset, int BlockSize, byte[] Checksum)
    {
        /// <summary>What the checks and the model made of the file, when it is kept (stored in its block after the front matter).</summary>
        public CheckedSnapshot? Snapshot { get; init; }

        /// <summary>The file's links to circulars' pages (stored in its block after the snapshot).</summary>
        public IReadOnlyList<CircularPageLinks.Link> PageLinks { get; init; } = [];
    }
}

/// <summary>One cached file: its content stamp, its front matter, and what the checks and the model made of it when kept.</summary>
public sealed record CachedSource(string Stamp, CircularFrontMatter FrontMatter)
{
    public CheckedSnapshot? Snapshot { get; init; }

    public IReadOnlyList<CircularPageLinks.Link> PageLinks { get; init; } = [];
}
