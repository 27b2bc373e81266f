using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

using GeccPortal.Generator.Content;

namespace GeccPortal.Generator.Rendering.Sitemap;

/// <summary>
/// When each content file last changed, for the sitemap's lastmod. In a git checkout that is the time of
/// the last commit touching the file (a fresh clone gives every file the clone's time, which says
/// nothing), read with one <c>git log</c> for all files; files with uncommitted changes, files outside git,
/// and content that is no checkout at all use the file's own write time.
/// </summary>
public sealed class SourceDates
{
    private readonly string _contentParent;
    private readonly IReadOnlyDictionary<string, DateTimeOffset> _committed;
    private readonly IReadOnlyDictionary<string, FileStat>? _stats;

    private SourceDates(string contentParent, IReadOnlyDictionary<string, DateTimeOffset> committed, IReadOnlyDictionary<string, FileStat>? stats)
    {
        _contentParent = contentParent;
        _committed = committed;
        _stats = stats;
    }

    /// <summary>Files of the checkout with their commit time; keys are display paths (<c>content/circulars/a.md</c>).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Committed => _committed;

    /// <param name="stats">Write times already taken this build, by full path (the input fingerprint's), so
    /// files outside git are not asked again.</param>
    public static SourceDates Read(string contentDirectory, IReadOnlyDictionary<string, FileStat>? stats = null)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory));
        var parent = Path.GetDirectoryName(root) ?? root;
        var displayRoot = Path.GetFileName(root);
        return new SourceDates(parent, ReadGit(root, displayRoot), stats);
    }

    /// <summary>The last change of a file given by its display path.</summary>
    public DateTimeOffset Of(string displayPath)
    {
        if (_committed.TryGetValue(displayPath, out var committed))
        {
            return committed;
        }

        var fullPath = Path.Combine(_contentParent, displayPath);
        return _stats is not null && _stats.TryGetValue(fullPath, out var stat)
            ? new DateTimeOffset(stat.WriteTicks, TimeSpan.Zero)
            : new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero);
    }

    private static Dictionary<string, DateTimeOffset> ReadGit(string root, string displayRoot)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (!InsideCheckout(root))
        {
            return dates;
        }

        // Newest commit first: the first time a file is named is its last change.
        if (Git(root, "log", "--format=%x01%cI", "--name-only", "--relative", "--", ".") is not { } log)
        {
            return dates;
        }

        DateTimeOffset? current = null;
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith('\u0001'))
            {
                current = DateTimeOffset.Parse(line[1..], CultureInfo.InvariantCulture);
            }
            else if (line.Length > 0 && current is { } time)
            {
                dates.TryAdd(displayRoot + "/" + line, time);
            }
        }

        // Edited but not committed: the file's own time is the truth.
        if (Git(root, "status", "--porcelain=v1", "--untracked-files=all", "--", ".") is { } status
            && Git(root, "rev-parse", "--show-prefix") is { } prefix)
        {
            var inContent = prefix.Trim();
            foreach (var line in status.Split('\n').Where(l => l.Length > 3))
            {
                var path = line[3..];
                if (path.StartsWith(inContent, StringComparison.Ordinal))
                {
                    dates.Remove(displayRoot + "/" + path[inContent.Length..]);
                }
            }
        }

        return dates;
    }

    /// <summary>
    /// Whether a <c>.git</c> folder (or a worktree's <c>.git</c> file) is at or above <paramref name="folder"/>:
    /// asked before starting git, which costs a rebuild tens of milliseconds even to say there is no checkout.
    /// </summary>
    private static bool InsideCheckout(string folder)
    {
        if (Environment.GetEnvironmentVariable("GIT_DIR") is { Length: > 0 })
        {
            return true;
        }

        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var marker = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs git in <paramref name="folder"/>; null when git is missing or the folder is no checkout.</summary>
    private static string? Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        // Thai file names as they are, not as octal escapes.
        foreach (var argument in (string[])["-c", "core.quotePath=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start)!;
            var errors = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = errors.Result;
            return git.ExitCode == 0 ? output : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
