using System.Buffers.Binary;

namespace GeccPortal.Generator.Attachments;

/// <summary>
/// The pixel size of a PNG, JPEG or GIF attachment, read from its header: the page gives an image its width and
/// height so the text below does not jump when it loads (it loads lazily). A file that is not what its name says,
/// or is cut short, has no size, and the page then shows no image of it (a broken image helps no one).
/// </summary>
public readonly record struct ImageSize(int Width, int Height)
{
    /// <summary>The extensions shown as images on a letter's page.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".gif" };

    // The JPEG frame header (SOF) may follow large metadata blocks (EXIF, a thumbnail, ICC profiles).
    private const int MostBytesRead = 1 << 20;

    public static ImageSize? Of(string path)
    {
        if (!Extensions.Contains(Path.GetExtension(path)))
        {
            return null;
        }

        try
        {
            using var file = File.OpenRead(path);
            var length = (int)Math.Min(file.Length, MostBytesRead);
            // Pooled: pages are rendered on all cores, and a fresh megabyte per image page is the large-object heap's.
            var head = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
            try
            {
                file.ReadExactly(head.AsSpan(0, length));
                return Read(head.AsSpan(0, length));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(head);
            }
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static ImageSize? Read(ReadOnlySpan<byte> bytes)
    {
        var size = bytes switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] when bytes.Length >= 24 =>
                new ImageSize((int)BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[20..])),
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', _, (byte)'a', ..] when bytes.Length >= 10 =>
                new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..])),
            [0xFF, 0xD8, ..] => Jpeg(bytes),
            _ => default,
        };
        return size.Width > 0 && size.Height > 0 ? size : null;
    }

    /// <summary>Walks the JPEG's segments to its frame header (SOF0–SOF15, but not DHT, JPG or DAC).</summary>
    private static ImageSize Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return default;
            }

            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return at + 9 <= bytes.Length
                    ? new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]))
                    : default;
            }

            at += 2 + length;
        }

        return default;
    }
}
