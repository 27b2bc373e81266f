using System.Buffers.Binary;
using System.Numerics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// The 128-bit hash behind every stamp, render key and cache checksum: MurmurHash3's x64 128-bit scheme, written
/// as plain scalar code. A build hashes some 25,000 short texts; SHA-256 went through OpenSSL, whose per-call
/// set-up (and its locks, on the parallel stages) cost more than the hashing, and the vectorised XxHash128 of
/// System.IO.Hashing is left out of ReadyToRun images and runs unoptimised for most of a short build. Nothing
/// here needs a cryptographic hash: the build compares its own stamps, never an attacker's.
/// </summary>
public static class StampHash
{
    private const ulong C1 = 0x87c37b91114253d5;
    private const ulong C2 = 0x4cf5ad432745937f;

    public const int Size = 16;

    /// <summary>Writes the 16-byte hash of <paramref name="data"/> into <paramref name="destination"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        ulong h1 = 0, h2 = 0;
        var blocks = data.Length / 16;
        for (var i = 0; i < blocks; i++)
        {
            var block = data.Slice(i * 16, 16);
            var k1 = BinaryPrimitives.ReadUInt64LittleEndian(block);
            var k2 = BinaryPrimitives.ReadUInt64LittleEndian(block[8..]);
            h1 ^= MixK1(k1);
            h1 = (BitOperations.RotateLeft(h1, 27) + h2) * 5 + 0x52dce729;
            h2 ^= MixK2(k2);
            h2 = (BitOperations.RotateLeft(h2, 31) + h1) * 5 + 0x38495ab5;
        }

        // The last 0–15 bytes, little-endian, into two words (the second half first, as the scheme does).
        var tail = data[(blocks * 16)..];
        if (tail.Length > 8)
        {
            h2 ^= MixK2(ReadPartial(tail[8..]));
        }

        if (tail.Length > 0)
        {
            h1 ^= MixK1(ReadPartial(tail[..Math.Min(8, tail.Length)]));
        }

        h1 ^= (ulong)data.Length;
        h2 ^= (ulong)data.Length;
        h1 += h2;
        h2 += h1;
        h1 = Finish(h1);
        h2 = Finish(h2);
        h1 += h2;
        h2 += h1;
        BinaryPrimitives.WriteUInt64LittleEndian(destination, h1);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], h2);
    }

    /// <summary>The hash as a new 16-byte array.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var hash = new byte[Size];
        Hash(data, hash);
        return hash;
    }

    private static ulong MixK1(ulong k) => BitOperations.RotateLeft(k * C1, 31) * C2;

    private static ulong MixK2(ulong k) => BitOperations.RotateLeft(k * C2, 33) * C1;

    private static ulong ReadPartial(ReadOnlySpan<byte> bytes)
    {
        ulong word = 0;
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            word = (word << 8) | bytes[i];
        }

        return word;
    }

    /// <summary>The final avalanche: every input bit reaches every output bit.</summary>
    private static ulong Finish(ulong k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccd;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53;
        k ^= k >> 33;
        return k;
    }
}
