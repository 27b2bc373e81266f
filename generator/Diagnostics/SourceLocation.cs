namespace GeccPortal.Generator.Diagnostics;

/// <summary>
/// A place in a content file: the display path (e.g. <c>content/circulars/a.md</c>) and 1-based line and column.
/// A value, not an object: every front-matter value of every circular carries one.
/// </summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that belong to the whole file.</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
