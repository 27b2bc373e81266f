using System.IO.Compression;

namespace GeccPortal.Extraction.Safety;

/// <summary>
/// Opens an Office zip package only after its central directory promises a bounded size, then copies it into
/// memory entry by entry, counting the bytes actually inflated, so a zip bomb (or a directory that lies
/// about sizes) is stopped at the cap instead of filling memory.
/// </summary>
internal static class ZipGuard
{
    private const int MaxEntries = 10_000;

    /// <summary>Returns a seekable copy of the package, or null with the reason it was refused.</summary>
    public static MemoryStream? OpenBounded(string path, long maxUncompressedBytes, CancellationToken cancellationToken, out string? refusal)
    {
        using var source = File.OpenRead(path);
        using var zip = new ZipArchive(source, ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries)
        {
            refusal = $"zip holds {zip.Entries.Count:N0} entries (limit {MaxEntries:N0}); refused as a possible zip bomb";
            return null;
        }

        var declared = zip.Entries.Sum(e => e.Length);
        if (declared > maxUncompressedBytes)
        {
            refusal = $"zip would unpack to {ByteSize.Format(declared)} (limit {ByteSize.Format(maxUncompressedBytes)}); refused as a possible zip bomb";
            return null;
        }

        var copy = new MemoryStream();
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var input = entry.Open();
                using var output = target.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
                int read;
                while ((read = input.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > maxUncompressedBytes)
                    {
                        copy.Dispose();
                        refusal = $"zip unpacks to more than {ByteSize.Format(maxUncompressedBytes)}, more than its directory declares; refused as a possible zip bomb";
                        return null;
                    }

                    output.Write(buffer, 0, read);
                }
            }
        }

        copy.Position = 0;
        refusal = null;
        return copy;
    }
}
