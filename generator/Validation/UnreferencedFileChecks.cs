using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// Files under content/circulars/ that no enclosure names. Only named files are published, so such a file is
/// usually an attachment whose <c>enclosures</c> entry was forgotten or misspelt, or a file left there by mistake:
/// a warning, at the circular's index.md for a file in its folder, at the file itself for one beside loose circulars.
/// </summary>
public sealed class UnreferencedFileChecks(DiagnosticBag diagnostics)
{
    private const string BundleIndex = "index.md";

    // Names are compared as the file system compares them: on Windows and macOS, File.Exists found 'Form.PDF' as form.pdf.
    private static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <param name="circulars">The circulars that passed their checks: one with errors has its folder looked at once they are fixed.</param>
    public void Check(LoadedContent content, IReadOnlyList<CheckedCircular> circulars)
    {
        // Every file any enclosure names, errors or not: a file named by a circular with an error is not unnamed.
        var named = content.Circulars.SelectMany(NamedFiles).ToHashSet(PathComparer);
        var bundles = circulars.Select(c => c.Source).Where(c => Path.GetFileName(c.DisplayPath) == BundleIndex).ToList();
        var unnamed = new List<string>?[bundles.Count];
        // One folder walk per circular with attachments: on all cores, as the circulars' own checks are.
        Parallel.For(0, bundles.Count, i => unnamed[i] = UnnamedIn(bundles[i].Folder, named));
        for (var i = 0; i < bundles.Count; i++)
        {
            foreach (var file in unnamed[i]!)
            {
                diagnostics.Warning(SourceLocation.StartOf(bundles[i].DisplayPath),
                    $"file '{file}' is in the folder but no enclosure refers to it, so it is not published: add it to 'enclosures' with a title, or remove it");
            }
        }

        foreach (var file in content.LooseFiles.Where(f => !named.Contains(f.FullPath) && !IsHidden(f.DisplayPath)))
        {
            diagnostics.Warning(SourceLocation.StartOf(file.DisplayPath),
                "file is beside the circulars but no enclosure refers to it, so it is not published: put a circular with attachments in a folder of its own (name/index.md, with the files next to it, named in 'enclosures'), or remove it");
        }
    }

    /// <summary>The full path each enclosure's <c>file:</c> names, as written (a check elsewhere judges the path itself).</summary>
    private static IEnumerable<string> NamedFiles(CircularSource circular)
    {
        foreach (var file in circular.FrontMatter.Enclosures.Select(e => e.File?.Value.Trim()).OfType<string>().Where(f => f.Length > 0))
        {
            string full;
            try
            {
                full = Path.GetFullPath(Path.Combine(circular.Folder, file));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                continue; // Not a path at all: reported by the enclosure's own check.
            }

            yield return full;
            // A named link publishes the file it leads to: that file, where it really is, is named too.
            if (RealPaths.Resolve(full) is { } real && real != full)
            {
                yield return real;
            }
        }
    }

    /// <summary>
    /// Files under a circular's folder, but its index.md, that no enclosure names, relative to the folder. Hidden
    /// files and folders (.gitkeep, an editor's swap file) are skipped, and a linked folder is not walked into.
    /// </summary>
    private static List<string> UnnamedIn(string folder, HashSet<string> named)
    {
        var root = Path.GetFullPath(folder);
        var unnamed = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var current))
        {
            foreach (var entry in Entries(current))
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry is DirectoryInfo directory)
                {
                    if (directory.LinkTarget is null)
                    {
                        pending.Push(directory.FullName);
                    }

                    continue;
                }

                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (relative != BundleIndex && !named.Contains(entry.FullName) && !(RealPaths.Resolve(entry.FullName) is { } real && named.Contains(real)))
                {
                    unnamed.Add(relative);
                }
            }
        }

        unnamed.Sort(StringComparer.Ordinal);
        return unnamed;
    }

    /// <summary>A folder's entries; none when it went away or may not be read (a save while serve rebuilds): nothing to warn about then.</summary>
    private static List<FileSystemInfo> Entries(string folder)
    {
        try
        {
            return [.. new DirectoryInfo(folder).EnumerateFileSystemInfos()];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool IsHidden(string displayPath) => displayPath.Split('/').Any(segment => segment.StartsWith('.'));
}
