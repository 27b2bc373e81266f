using System.Globalization;

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
        TabSeparatedFile.ReadLines(file, line =>
        {
            // hash TAB length TAB key TAB path; a path may hold a tab, so the fourth field is the rest of the line.
            if (TabSeparatedFile.NextField(ref line, out var hash) && TabSeparatedFile.NextField(ref line, out var lengthText)
                && TabSeparatedFile.NextField(ref line, out var key)
                && long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                files[TabSeparatedFile.Text(line)] = new ManifestEntry(TabSeparatedFile.Text(hash), length, key.IsEmpty ? null : TabSeparatedFile.Text(key));
            }
        });
        return new OutputManifest(files);
    }

    public void Save(string file) => CacheFiles.WriteAtomically(file, text =>
    {
        foreach (var path in TabSeparatedFile.SortedKeys(_files))
        {
            var entry = _files[path];
            text.Write(entry.Hash);
            text.Write('\t');
            TabSeparatedFile.WriteNumber(text, entry.Length);
            text.Write('\t');
            text.Write(entry.Key);
            text.Write('\t');
            text.Write(path);
            text.Write('\n');
        }
    });
}

/// <summary>One output file as the last build left it; <see cref="Key"/> is null for a file rendered on every build.</summary>
public sealed record ManifestEntry(string Hash, long Length, string? Key);
