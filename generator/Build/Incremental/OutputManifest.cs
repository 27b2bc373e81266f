using System.Globalization;
using System.Text;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// Every file of the last output, one line each (<c>hash TAB length TAB key TAB path</c>): the content hash
/// and length say whether new content differs from what is on disk; the render key (see
/// <see cref="RenderKey"/>) says whether the file needs rendering at all.
/// </summary>
public sealed class OutputManifest
{
    private readonly Dictionary<string, ManifestEntry> _files;

    public OutputManifest(Dictionary<string, ManifestEntry> files) => _files = files;

    public static OutputManifest Empty => new(new Dictionary<string, ManifestEntry>(StringComparer.Ordinal));

    public IEnumerable<string> Paths => _files.Keys;

    public int Count => _files.Count;

    public bool TryGet(string path, out ManifestEntry entry) => _files.TryGetValue(path, out entry!);

    /// <summary>The manifest in <paramref name="file"/>; empty when missing or unreadable (everything is written).</summary>
    public static OutputManifest Load(string file)
    {
        var files = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return new OutputManifest(files);
        }

        foreach (var line in File.ReadLines(file, Encoding.UTF8))
        {
            var parts = line.Split('\t', 4);
            if (parts.Length == 4 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                files[parts[3]] = new ManifestEntry(parts[0], length, parts[2].Length == 0 ? null : parts[2]);
            }
        }

        return new OutputManifest(files);
    }

    public void Save(string file)
    {
        var text = new StringBuilder(_files.Count * 120);
        foreach (var (path, entry) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(entry.Hash).Append('\t').Append(entry.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(entry.Key).Append('\t').Append(path).Append('\n');
        }

        CacheFiles.WriteAtomically(file, text.ToString());
    }
}

/// <summary>One output file as the last build left it; <see cref="Key"/> is null for a file rendered on every build.</summary>
public sealed record ManifestEntry(string Hash, long Length, string? Key);
