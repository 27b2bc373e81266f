using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

using GeccPortal.Generator.Output;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// Writes the output folder while keeping its atomic replacement: the new site is assembled in a fresh
/// folder (<see cref="AtomicFolder"/>), where each file whose content hash matches the previous build's is
/// hard-linked from the previous output instead of written, and only new or changed files are written.
/// Then the folders are swapped, so a failed build still leaves the previous site untouched, and the
/// report lists exactly which files changed. Work runs on all cores.
/// </summary>
public static class IncrementalWriter
{
    public static (IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed) Write(
        string outputDirectory, IReadOnlyList<OutputFile> files, CacheFiles cache, Action<int>? written = null)
    {
        var output = Path.GetFullPath(outputDirectory);
        var previous = Directory.Exists(output) ? OutputManifest.Load(cache.Manifest) : OutputManifest.Empty;
        var next = new ConcurrentDictionary<string, (string Hash, long Length)>(StringComparer.Ordinal);
        var writtenPaths = new ConcurrentBag<string>();
        var unchangedPaths = new ConcurrentBag<string>();

        AtomicFolder.Replace(output, staging => Parallel.ForEach(files, file =>
        {
            var bytes = ContentOf(file);
            var entry = (Hash: Convert.ToHexStringLower(SHA256.HashData(bytes)), Length: (long)bytes.Length);
            var target = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var old = Path.Combine(output, file.Path);
            if (previous.TryGet(file.Path, out var before) && before == entry && new FileInfo(old) is { Exists: true } info && info.Length == entry.Length)
            {
                HardLink.CreateOrCopy(old, target);
                unchangedPaths.Add(file.Path);
            }
            else
            {
                File.WriteAllBytes(target, bytes);
                writtenPaths.Add(file.Path);
                written?.Invoke(1);
            }

            next[file.Path] = entry;
        }));

        new OutputManifest(new Dictionary<string, (string, long)>(next, StringComparer.Ordinal)).Save(cache.Manifest);
        var removed = previous.Paths.Where(path => !next.ContainsKey(path)).Order(StringComparer.Ordinal).ToList();
        return ([.. writtenPaths.Order(StringComparer.Ordinal)], [.. unchangedPaths.Order(StringComparer.Ordinal)], removed);
    }

    /// <summary>The bytes a file will hold: generated text as UTF-8 without a byte order mark, as <see cref="TextOutput"/> writes it.</summary>
    private static byte[] ContentOf(OutputFile file) => file switch
    {
        TextOutput text => Encoding.UTF8.GetBytes(text.Text),
        BytesOutput bytes => bytes.Bytes,
        CopiedOutput copied => File.ReadAllBytes(copied.SourcePath),
        _ => throw new NotSupportedException($"no content for output of type {file.GetType().Name}"),
    };
}
