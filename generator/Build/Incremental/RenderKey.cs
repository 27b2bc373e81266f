using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

using GeccPortal.Generator.Content;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// Builds the key of one output file: a hash of everything that file is made from (the content stamps of
/// the circulars it shows, the site settings, the generator build). Equal keys mean the file would come out
/// the same, so an incremental build need not even render it. Parts are length-prefixed, so no two
/// different lists of parts hash alike by running together.
/// </summary>
public sealed class RenderKey
{
    // The parts are gathered and hashed in one call at the end: a plan makes a key for every file of the site,
    // and an incremental hash object per key cost more than the hashing.
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(512);
    private int _length;

    public static RenderKey Of(string kind) => new RenderKey().Add(kind);

    public RenderKey Add(string? part)
    {
        var text = part ?? "\0null";
        Reserve(sizeof(int) + Encoding.UTF8.GetMaxByteCount(text.Length));
        var written = Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length + sizeof(int)));
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), written);
        _length += sizeof(int) + written;
        return this;
    }

    public RenderKey Add(long number) => Add(number.ToString(CultureInfo.InvariantCulture));

    public RenderKey AddAll(IEnumerable<string?> parts)
    {
        var count = 0;
        foreach (var part in parts)
        {
            Add(part);
            count++;
        }

        return Add(count);
    }

    /// <summary>The key as 32 hex characters (<see cref="StampHash"/>'s 128 bits); the key is spent.</summary>
    public override string ToString()
    {
        Span<byte> digest = stackalloc byte[StampHash.Size];
        StampHash.Hash(_buffer.AsSpan(0, _length), digest);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
        return Convert.ToHexStringLower(digest);
    }

    private void Reserve(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }
}
