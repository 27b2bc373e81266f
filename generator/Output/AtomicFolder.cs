namespace GeccPortal.Generator.Output;

/// <summary>
/// Replaces a folder as a whole: the new content is written into a fresh sibling folder, which is then
/// swapped in by two renames. If writing fails, the half-written sibling is deleted and the previous
/// folder is untouched, so a web server never serves a half-built site.
/// </summary>
public static class AtomicFolder
{
    public static async Task ReplaceAsync(string folder, Func<string, Task> writeInto)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var fresh = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");

        Directory.CreateDirectory(fresh);
        try
        {
            await writeInto(fresh);
        }
        catch
        {
            Directory.Delete(fresh, recursive: true);
            throw;
        }

        var hadPrevious = Directory.Exists(target);
        if (hadPrevious)
        {
            Directory.Move(target, previous);
        }

        Directory.Move(fresh, target);
        if (hadPrevious)
        {
            Directory.Delete(previous, recursive: true);
        }
    }
}
