using System.Globalization;
using System.Text;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// The content hash and length of every file in the last output, one line each (<c>hash TAB length TAB path</c>).
/// A file whose new content hashes the same need not be written again.
/// </summary>
public sealed class OutputManifest
{
    private readonly Dictionary<string, (string Hash, long Length)> _files;

    public OutputManifest(Dictionary<string, (string Hash, long Length)> files) => _files = files;

    public static OutputManifest Empty => new(new Dictionary<string, (string, long)>(StringComparer.Ordinal));

    public IEnumerable<string> Paths => _files.Keys;

    public bool TryGet(string path, out (string Hash, long Length) entry) => _files.TryGetValue(path, out entry);

    /// <summary>The manifest in <paramref name="file"/>; empty when missing or unreadable (everything is written).</summary>
    public static OutputManifest Load(string file)
    {
        var files = new Dictionary<string, (string, long)>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return new OutputManifest(files);
        }

        foreach (var line in File.ReadLines(file, Encoding.UTF8))
        {
            var parts = line.Split('\t', 3);
            if (parts.Length == 3 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                files[parts[2]] = (parts[0], length);
            }
        }

        return new OutputManifest(files);
    }

    public void Save(string file) => CacheFiles.WriteAtomically(file, string.Concat(_files
        .OrderBy(f => f.Key, StringComparer.Ordinal)
        .Select(f => $"{f.Value.Hash}\t{f.Value.Length.ToString(CultureInfo.InvariantCulture)}\t{f.Key}\n")));
}
