using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// Builds the key of one output file: a hash of everything that file is made from (the content stamps of
/// the circulars it shows, the site settings, the generator build). Equal keys mean the file would come out
/// the same, so an incremental build need not even render it. Parts are length-prefixed, so no two
/// different lists of parts hash alike by running together.
/// </summary>
public sealed class RenderKey
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public static RenderKey Of(string kind) => new RenderKey().Add(kind);

    public RenderKey Add(string? part)
    {
        var text = part ?? "\0null";
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
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

    /// <summary>The key as 32 hex characters (128 bits of the SHA-256).</summary>
    public override string ToString()
    {
        Span<byte> digest = stackalloc byte[32];
        _hash.GetHashAndReset(digest);
        _hash.Dispose();
        return Convert.ToHexStringLower(digest[..16]);
    }
}
