using System.IO.Compression;
using System.Text;

namespace GeccPortal.Extraction.Detection;

/// <summary>Tells what a file is from its first bytes (and, for zips, from the names in its directory).</summary>
internal static class FileKindDetector
{
    private const int SampleBytes = 8192;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipMagic = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    // An encrypted OOXML file is an OLE container with these streams (MS-OFFCRYPTO), named in UTF-16.
    private static readonly byte[] EncryptionInfoName = Encoding.Unicode.GetBytes("EncryptionInfo");

    public static FileKind Detect(string path)
    {
        using var stream = File.OpenRead(path);
        if (stream.Length == 0)
        {
            return FileKind.Empty;
        }

        var sample = new byte[(int)Math.Min(SampleBytes, stream.Length)];
        stream.ReadExactly(sample);
        var extension = Path.GetExtension(path).ToLowerInvariant();

        // The PDF header may follow some junk, but must be within the first kilobyte.
        if (sample.AsSpan(0, Math.Min(1024, sample.Length)).IndexOf(PdfMagic) >= 0)
        {
            return FileKind.Pdf;
        }

        if (sample.AsSpan().StartsWith(ZipMagic) || sample.AsSpan().StartsWith(EmptyZipMagic))
        {
            stream.Position = 0;
            return DetectZip(stream);
        }

        if (sample.AsSpan().StartsWith(OleMagic))
        {
            return ContainsEncryptionInfo(stream) ? FileKind.EncryptedOffice : FileKind.LegacyOffice;
        }

        if (sample.AsSpan().StartsWith(PngMagic))
        {
            return FileKind.Png;
        }

        if (sample.AsSpan().StartsWith(JpegMagic))
        {
            return FileKind.Jpeg;
        }

        if (LooksLikeText(sample))
        {
            return extension switch
            {
                ".md" or ".markdown" => FileKind.Markdown,
                ".csv" => FileKind.Csv,
                _ => FileKind.Text,
            };
        }

        return FileKind.Unknown;
    }

    /// <summary>The kind a file's extension promises, or null for extensions this library does not know.</summary>
    public static FileKind? ExpectedFromName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => FileKind.Pdf,
        ".docx" => FileKind.Docx,
        ".xlsx" => FileKind.Xlsx,
        ".txt" => FileKind.Text,
        ".md" or ".markdown" => FileKind.Markdown,
        ".csv" => FileKind.Csv,
        ".png" => FileKind.Png,
        ".jpg" or ".jpeg" => FileKind.Jpeg,
        ".doc" or ".xls" => FileKind.LegacyOffice,
        _ => null,
    };

    private static FileKind DetectZip(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml"))
            {
                return FileKind.Docx;
            }

            return names.Contains("xl/workbook.xml") ? FileKind.Xlsx : FileKind.Zip;
        }
        catch (InvalidDataException)
        {
            return FileKind.Zip;
        }
    }

    private static bool ContainsEncryptionInfo(Stream stream)
    {
        // Directory entries of a small OLE file sit near the start; scanning a bounded prefix keeps this cheap.
        stream.Position = 0;
        var buffer = new byte[(int)Math.Min(stream.Length, 1024 * 1024)];
        stream.ReadExactly(buffer);
        return buffer.AsSpan().IndexOf(EncryptionInfoName) >= 0;
    }

    private static bool LooksLikeText(byte[] sample)
    {
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                // UTF-16 text has NULs too, but only with a byte order mark.
                return sample.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                controls++;
            }
        }

        return controls * 100 <= sample.Length;
    }
}
