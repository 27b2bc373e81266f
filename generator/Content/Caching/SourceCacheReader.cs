using System.IO.MemoryMappedFiles;
using System.Text;

namespace GeccPortal.Generator.Content.Caching;

/// <summary>
/// Reads the entries of a source cache file (<see cref="SourceCache"/>'s format). The file is mapped, not
/// read into fresh memory; the entries' headers are walked in order, then their blocks are checked and decoded
/// on all cores. Decoding 10,000 front matters on one core was most of a one-circular rebuild's load stage.
/// </summary>
internal static class SourceCacheReader
{
    /// <summary>An entry as its header gives it; its block is <paramref name="Size"/> bytes at <paramref name="Offset"/>.</summary>
    private sealed record Header(string Path, FileStat Stat, string Stamp, long Offset, int Size, byte[] Checksum);

    /// <summary>
    /// The entries whose checksum holds, by path. Empty when the file is of another format or generator build;
    /// a <see cref="FormatException"/> or <see cref="EndOfStreamException"/> when it is damaged.
    /// </summary>
    public static Dictionary<string, SourceCache.StoredEntry> Read(string file, string format, string generator)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var fileLength = stream.Length;
        if (fileLength == 0)
        {
            return new(StringComparer.Ordinal);
        }

        using var map = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        var headers = ReadHeaders(map, fileLength, format, generator);
        var entries = new SourceCache.StoredEntry?[headers.Count];
        var damaged = false;

        // Contiguous shares, a few per core, so a view and a block buffer serve many entries.
        var shares = Math.Min(headers.Count, Environment.ProcessorCount * 4);
        Parallel.For(0, shares, share =>
        {
            using var view = map.CreateViewStream(0, 0, MemoryMappedFileAccess.Read);
            var block = new byte[4096];
            var blockReader = new BinaryReader(new MemoryStream(block, writable: false), Encoding.UTF8);
            for (var i = headers.Count * share / shares; i < headers.Count * (share + 1) / shares && !Volatile.Read(ref damaged); i++)
            {
                var header = headers[i];
                if (block.Length < header.Size)
                {
                    block = new byte[Math.Max(header.Size, block.Length * 2)];
                    blockReader = new BinaryReader(new MemoryStream(block, writable: false), Encoding.UTF8);
                }

                view.Position = header.Offset;
                view.ReadExactly(block.AsSpan(0, header.Size));
                if (!header.Checksum.AsSpan().SequenceEqual(SourceCache.Checksum(header.Stamp, block.AsSpan(0, header.Size))))
                {
                    // Only this file is parsed again.
                    continue;
                }

                try
                {
                    // The checksum has vouched for the block's bytes; a block that does not decode whole is a bug or
                    // a foreign file, and drops the whole cache.
                    blockReader.BaseStream.Position = 0;
                    var frontMatter = FrontMatterCodec.Read(blockReader, header.Path);
                    if (blockReader.BaseStream.Position != header.Size)
                    {
                        throw new FormatException($"the cached front matter of {header.Path} does not fill its block");
                    }

                    entries[i] = new SourceCache.StoredEntry(header.Stat, header.Stamp, frontMatter, header.Offset, header.Size, header.Checksum);
                }
                catch (Exception exception) when (exception is FormatException or EndOfStreamException)
                {
                    Volatile.Write(ref damaged, true);
                }
            }
        });

        if (damaged)
        {
            throw new FormatException($"an entry of the source cache {file} does not decode");
        }

        var byPath = new Dictionary<string, SourceCache.StoredEntry>(headers.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is { } entry)
            {
                byPath[headers[i].Path] = entry;
            }
        }

        return byPath;
    }

    private static List<Header> ReadHeaders(MemoryMappedFile map, long fileLength, string format, string generator)
    {
        using var view = map.CreateViewStream(0, 0, MemoryMappedFileAccess.Read);
        using var reader = new BinaryReader(view, Encoding.UTF8);
        var headers = new List<Header>();
        if (reader.ReadString() != format || reader.ReadString() != generator)
        {
            return headers;
        }

        var count = reader.ReadInt32();
        if (count < 0 || count > fileLength)
        {
            throw new FormatException("the source cache's entry count is not a count");
        }

        headers.Capacity = count;
        for (var i = 0; i < count; i++)
        {
            var path = reader.ReadString();
            var length = reader.ReadInt64();
            var ticks = reader.ReadInt64();
            var stamp = reader.ReadString();
            var size = reader.ReadInt32();
            var checksum = reader.ReadBytes(SourceCache.ChecksumSize);
            if (checksum.Length != SourceCache.ChecksumSize || size < 0 || size > fileLength - view.Position)
            {
                throw new FormatException($"the cached front matter of {path} runs past the end of the cache");
            }

            headers.Add(new Header(path, new FileStat(length, ticks), stamp, view.Position, size, checksum));
            view.Position += size;
        }

        return headers;
    }
}
