using System.Globalization;
using System.Text;

using GeccPortal.Generator.Content;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// A fingerprint of everything a build reads: the path, length and write time of every file under content/,
/// the generator build itself (a new generator may render differently) and the build's options. Equal
/// fingerprints mean the previous output is still exact, so a build can stop before reading any content.
/// </summary>
public static class InputFingerprint
{
    /// <returns>The fingerprint, and the length and write time of each file by full path (the source cache reuses them).</returns>
    public static (string Fingerprint, IReadOnlyDictionary<string, FileStat> Files) Compute(BuildOptions options)
    {
        var root = Path.GetFullPath(options.ContentDirectory);
        var text = new StringBuilder();
        text.Append(ContentStamp.Generator).Append('\n');
        text.Append(Path.GetFullPath(options.OutputDirectory ?? "")).Append('\n');
        text.Append(options.IndexDirectory is null ? "" : Path.GetFullPath(options.IndexDirectory)).Append('\n');
        text.Append(options.BaseUrl).Append('\n');
        // Names first (one pass over the folders), then each file's length and time on all cores: the stats
        // are most of the time, and a no-change build is nothing but this.
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToArray();
        var stats = new FileStat[paths.Length];
        Parallel.For(0, paths.Length, i => stats[i] = FileStat.Of(paths[i]));

        var files = new Dictionary<string, FileStat>(paths.Length, StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            var (length, ticks) = stats[i];
            text.Append(Path.GetRelativePath(root, paths[i])).Append('\t')
                .Append(length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            files[paths[i]] = stats[i];
        }

        return (ContentStamp.Of(text.ToString()), files);
    }
}
