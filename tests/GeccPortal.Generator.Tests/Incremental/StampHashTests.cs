using System.Text;

using GeccPortal.Generator.Content;

namespace GeccPortal.Generator.Tests.Incremental;

/// <summary>
/// Stamps, render keys and the source cache's checksums all rest on <see cref="StampHash"/>: a hash that missed a
/// changed byte would leave a stale page standing.
/// </summary>
public sealed class StampHashTests
{
    // The values MurmurHash3's reference code (x64, 128 bits, seed 0) gives, as the mmh3 package prints them.
    [Theory]
    [InlineData("foo", "6145f501578671e2877dba2be487af7e")]
    [InlineData("The quick brown fox jumps over the lazy dog", "6c1b07bc7bbc4be347939ac4a93c437a")]
    public void The_hash_is_murmur3_x64_128(string text, string expected)
    {
        Assert.Equal(expected, Convert.ToHexStringLower(StampHash.Hash(Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Every_length_and_every_flipped_bit_hashes_apart()
    {
        // Lengths 1 to 40 cross the 16-byte blocks and both halves of the tail.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bytes = Encoding.UTF8.GetBytes("หนังสือเวียน ที่ มท ๐๘๑๐.๓/ว ๗๖");
        for (var length = 1; length <= 40; length++)
        {
            var data = bytes[..length];
            Assert.True(seen.Add(Convert.ToHexString(StampHash.Hash(data))), $"length {length} hashed like a shorter input");
            for (var bit = 0; bit < length * 8; bit++)
            {
                var flipped = (byte[])data.Clone();
                flipped[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.NotEqual(StampHash.Hash(data), StampHash.Hash(flipped));
            }
        }
    }

    [Fact]
    public void A_trailing_zero_byte_changes_the_hash()
    {
        // The tail is read as a number, so only the length tells "ab" from "ab\0".
        Assert.NotEqual(StampHash.Hash("ab"u8), StampHash.Hash("ab\0"u8));
    }
}
