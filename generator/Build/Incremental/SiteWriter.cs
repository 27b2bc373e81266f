using System.Collections.Concurrent;

using GeccPortal.Generator.Content;
using GeccPortal.Generator.Output;
using GeccPortal.Generator.Rendering;
using GeccPortal.Generator.Rendering.Planning;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// Renders and writes the planned files on all cores, one file at a time, so memory holds a few pages,
/// never the site.
/// <list type="bullet">
/// <item>First build (no output, or no trustworthy manifest): every file is written into a fresh folder that
/// then replaces the output as a whole (<see cref="AtomicFolder"/>).</item>
/// <item>Later builds update the output in place: a file whose render key matches the manifest is not even
/// rendered; a rendered file whose bytes match is not written; a changed file is written beside its old self
/// and renamed over it, so a reader never sees half a file; files no longer planned are deleted.</item>
/// </list>
/// While an in-place update runs, a journal file marks the manifest as untrusted: if the build dies
/// half-way, the next one starts over with a fresh folder instead of trusting keys of files it may have changed.
/// </summary>
public static class SiteWriter
{
    public static async Task<WriteReport> WriteAsync(string outputDirectory, IReadOnlyList<PlannedFile> files, CacheFiles cache, BuildProgress? progress = null)
    {
        var output = Path.GetFullPath(outputDirectory);
        var previous = Directory.Exists(output) && !File.Exists(cache.WriteJournal) ? OutputManifest.Load(cache.Manifest) : OutputManifest.Empty;

        // An empty manifest (none yet, or one in an older format) cannot say which files to delete: start afresh.
        var inPlace = previous.Count > 0;
        var run = new WriteRun(files, previous, inPlace, progress);
        if (inPlace)
        {
            CacheFiles.WriteAtomically(cache.WriteJournal, "an in-place update of the output is running or died\n");
            await run.WriteAllAsync(output);
            run.RemoveUnplanned(output);
        }
        else
        {
            await AtomicFolder.ReplaceAsync(output, run.WriteAllAsync);
        }

        run.Manifest().Save(cache.Manifest);
        cache.Delete(cache.WriteJournal);
        return run.Report();
    }

    private sealed class WriteRun(IReadOnlyList<PlannedFile> files, OutputManifest previous, bool inPlace, BuildProgress? progress)
    {
        private readonly ManifestEntry[] _entries = new ManifestEntry[files.Count];
        private readonly bool[] _written = new bool[files.Count];
        private readonly bool[] _rendered = new bool[files.Count];
        // Each folder is made once; a Lazy makes every other worker wait until it exists.
        private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
        private readonly HashSet<string> _planned = PlannedPaths(files);
        private List<string> _removed = [];
        private int _next = -1;

        public async Task WriteAllAsync(string root)
        {
            var workers = Math.Clamp(files.Count, 1, Environment.ProcessorCount);
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(root))));
        }

        /// <summary>Files are dealt out one at a time, so a slow page never holds up a worker's share.</summary>
        private async Task WorkAsync(string root)
        {
            ComponentRenderer? renderer = null;
            try
            {
                int i;
                while ((i = Interlocked.Increment(ref _next)) < files.Count)
                {
                    var file = files[i];
                    var target = Path.Combine(root, file.Path);
                    var before = inPlace && previous.TryGet(file.Path, out var entryBefore) ? entryBefore : null;
                    if (before is not null && file.Key is not null && before.Key == file.Key && File.Exists(target))
                    {
                        _entries[i] = before;
                        continue;
                    }

                    var bytes = await file.Produce(renderer ??= new ComponentRenderer());
                    _rendered[i] = true;
                    progress?.Rendered(1);
                    var entry = new ManifestEntry(ContentStamp.Of(bytes.Span), bytes.Length, file.Key);
                    _entries[i] = entry;
                    if (before is not null && before.Hash == entry.Hash && before.Length == entry.Length
                        && new FileInfo(target) is { Exists: true } info && info.Length == entry.Length)
                    {
                        continue;
                    }

                    Write(target, bytes);
                    _written[i] = true;
                    progress?.Wrote(1);
                }
            }
            finally
            {
                if (renderer is not null)
                {
                    await renderer.DisposeAsync();
                }
            }
        }

        private void Write(string target, ReadOnlyMemory<byte> bytes)
        {
            var folder = Path.GetDirectoryName(target)!;
            _ = _folders.GetOrAdd(folder, path => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(path))).Value;

            if (!inPlace)
            {
                File.WriteAllBytes(target, bytes.Span);
                return;
            }

            // Beside the old file, then renamed over it: a server reading the page gets the old or the new one.
            var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temp, bytes.Span);
            File.Move(temp, target, overwrite: true);
        }

        public void RemoveUnplanned(string root)
        {
            _removed = [.. previous.Paths.Where(path => !_planned.Contains(path)).Order(StringComparer.Ordinal)];
            foreach (var path in _removed)
            {
                var target = Path.Combine(root, path);
                File.Delete(target);
                RemoveEmptyFolders(root, Path.GetDirectoryName(target)!);
            }
        }

        private static void RemoveEmptyFolders(string root, string folder)
        {
            var top = Path.TrimEndingDirectorySeparator(root);
            while (folder.Length > top.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                folder = Path.GetDirectoryName(folder)!;
            }
        }

        public OutputManifest Manifest()
        {
            var entries = new Dictionary<string, ManifestEntry>(files.Count, StringComparer.Ordinal);
            for (var i = 0; i < files.Count; i++)
            {
                entries[files[i].Path] = _entries[i];
            }

            return new OutputManifest(entries);
        }

        public WriteReport Report()
        {
            var written = new List<string>();
            var unchanged = new List<string>();
            var rendered = new List<string>();
            for (var i = 0; i < files.Count; i++)
            {
                (_written[i] ? written : unchanged).Add(files[i].Path);
                if (_rendered[i])
                {
                    rendered.Add(files[i].Path);
                }
            }

            written.Sort(StringComparer.Ordinal);
            unchanged.Sort(StringComparer.Ordinal);
            rendered.Sort(StringComparer.Ordinal);
            return new WriteReport(written, unchanged, _removed, rendered);
        }

        /// <summary>Two planned files on one path would overwrite each other: that is a generator bug, caught here.</summary>
        private static HashSet<string> PlannedPaths(IReadOnlyList<PlannedFile> files)
        {
            var paths = new HashSet<string>(files.Count, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!paths.Add(file.Path))
                {
                    throw new InvalidOperationException($"two files of the site are planned at {file.Path}");
                }
            }

            return paths;
        }
    }
}

/// <summary>
/// What the writer did: files written (new or changed), kept as they were, and removed; and the files it
/// rendered (or copied), written or not: every file of a first build; later, those whose render key changed,
/// that have none (the sitemap) or that were missing from the output.
/// </summary>
public sealed record WriteReport(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed, IReadOnlyList<string> Rendered);
