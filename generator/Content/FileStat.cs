namespace GeccPortal.Generator.Content;

/// <summary>
/// A file's length and last write time (UTC ticks): what a build compares to tell whether a file changed
/// since an earlier build read it. A missing file has length -1.
/// </summary>
public readonly record struct FileStat(long Length, long WriteTicks)
{
    public static FileStat Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStat(info.Length, info.LastWriteTimeUtc.Ticks) : new FileStat(-1, 0);
    }
}
