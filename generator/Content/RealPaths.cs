namespace GeccPortal.Generator.Content;

/// <summary>
/// Paths with every symbolic link along them followed, so a check that a file stays inside a folder checks where
/// its bytes really are: <c>a/link.pdf</c> → <c>/etc/passwd</c>, or <c>a/linked-folder/x.pdf</c> with the folder
/// pointing elsewhere, would otherwise pass a check of the path as written and be copied into the site.
/// </summary>
public static class RealPaths
{
    // As Linux's own limit on the links followed for one path: a loop of links ends here, unresolved.
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>True when <paramref name="file"/>, links followed, is <paramref name="folder"/> (links followed) or inside it.</summary>
    public static bool StaysInside(string folder, string file)
    {
        if (Resolve(folder) is not { } realFolder || Resolve(file) is not { } realFile)
        {
            return false;
        }

        var relative = Path.GetRelativePath(realFolder, realFile);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>Whether the path is a symbolic link (a junction on Windows); a path that cannot be looked at counts as one.</summary>
    public static bool IsLink(string path) => LinkTargetOf(path, out var target) is false || target is not null;

    /// <summary>The full path with each link in it replaced by its target; null for a loop of links or a path that cannot be looked at.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? "";
        var pending = new Stack<string>(full[current.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            // A part that does not exist (yet) is no link: the rest of the path is taken as written.
            if (!LinkTargetOf(next, out var target))
            {
                return null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The target's own parts are walked in turn, as the kernel walks them: from the link's folder (current) or
            // the target's root, each '..' from where the parts before it really led. Normalising the target as text
            // first would cancel 'dir/..' before 'dir' is followed: with dir a link elsewhere, 'dir/../x' is not './x'.
            var rest = target;
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? "";
                rest = target[current.Length..];
            }

            foreach (var targetPart in rest.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return current;
    }

    /// <summary>False when the file system refused to say (no permission to look): the caller then trusts nothing there.</summary>
    private static bool LinkTargetOf(string path, out string? target)
    {
        try
        {
            target = new FileInfo(path).LinkTarget;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            target = null;
            return false;
        }
    }
}
