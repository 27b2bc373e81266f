using System.Security.Cryptography;
using System.Text.Json;

namespace GeccPortal.Extraction;

/// <summary>
/// Extraction results on disk, one JSON file per key. The key is the SHA-256 of the file's bytes, the
/// extractor <see cref="AttachmentExtractor.Version"/> and the options that change the output, so a rebuild
/// re-reads only files whose bytes changed; a renamed file is still a hit. Results with transient warnings
/// (time limit, OCR missing) are not stored, so the next build tries again.
/// </summary>
public sealed class ExtractionCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly string folder;

    public ExtractionCache(string folder)
    {
        this.folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(this.folder);
    }

    /// <summary>The cache key of a file's current bytes under the given options.</summary>
    public static string Key(string path, ExtractionOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var stream = File.OpenRead(path))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"|v{AttachmentExtractor.Version}|{options.Fingerprint}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The stored result for <paramref name="key"/>, renamed to <paramref name="fileName"/>; null on a miss.</summary>
    public ExtractionResult? TryGet(string key, string fileName)
    {
        var path = EntryPath(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var stored = JsonSerializer.Deserialize<ExtractionResult>(stream, Json);
            return stored is null ? null : stored with
            {
                FileName = fileName,
                FromCache = true,
                Warnings = stored.Warnings.Select(w => w with { FileName = fileName }).ToList(),
            };
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null; // a damaged entry is a miss; it is overwritten by the fresh result
        }
    }

    public void Put(string key, ExtractionResult result)
    {
        var path = EntryPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Write then move, so a parallel reader never sees half an entry.
        var temporary = $"{path}.{Environment.CurrentManagedThreadId}.tmp";
        using (var stream = File.Create(temporary))
        {
            JsonSerializer.Serialize(stream, result with { FromCache = false }, Json);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private string EntryPath(string key) => Path.Combine(folder, key[..2], key + ".json");
}
