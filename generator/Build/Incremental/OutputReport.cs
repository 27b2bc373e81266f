namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// What a build did to the output: files written (new or changed), files kept from the previous build
/// (unchanged, left as they were), files removed, and whether the search index was rewritten.
/// <see cref="UpToDate"/> means no content file changed since the last build, so nothing was even read.
/// </summary>
public sealed record OutputReport(
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Removed,
    bool IndexWritten,
    bool UpToDate,
    int Circulars,
    int Pages)
{
    /// <summary>Files made this build (rendered or copied), written or not; see <see cref="WriteReport.Rendered"/>.</summary>
    public IReadOnlyList<string> Rendered { get; init; } = [];
}
