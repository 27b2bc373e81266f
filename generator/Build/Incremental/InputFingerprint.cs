using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// A fingerprint of everything a build reads: the path, length and write time of every file under content/,
/// the generator build itself (a new generator may render differently) and the build's options. Equal
/// fingerprints mean the previous output is still exact, so a build can stop before reading any content.
/// </summary>
public static class InputFingerprint
{
    /// <returns>The fingerprint, and the length and write time of each file by full path (the source cache reuses them).</returns>
    public static (string Fingerprint, IReadOnlyDictionary<string, (long Length, long WriteTicks)> Files) Compute(BuildOptions options)
    {
        var root = Path.GetFullPath(options.ContentDirectory);
        var text = new StringBuilder();
        text.Append(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        text.Append(Path.GetFullPath(options.OutputDirectory ?? "")).Append('\n');
        text.Append(options.IndexDirectory is null ? "" : Path.GetFullPath(options.IndexDirectory)).Append('\n');
        var files = new Dictionary<string, (long Length, long WriteTicks)>(StringComparer.Ordinal);
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories)
            .OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var (length, ticks) = (file.Length, file.LastWriteTimeUtc.Ticks);
            text.Append(Path.GetRelativePath(root, file.FullName)).Append('\t')
                .Append(length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            files[file.FullName] = (length, ticks);
        }

        return (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), files);
    }
}
