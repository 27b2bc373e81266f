namespace GeccPortal.Generator.Build;

/// <summary>
/// How far a running build is, updated from the worker threads and read by whoever shows progress (the
/// CLI prints it every second while a long build runs).
/// </summary>
public sealed class BuildProgress
{
    private int _contentFiles;
    private int _filesRendered;
    private int _filesWritten;

    /// <summary>The stage running now: <c>load</c>, <c>render</c>, …</summary>
    public string Stage { get; private set; } = "start";

    public int ContentFiles => Volatile.Read(ref _contentFiles);

    public int FilesRendered => Volatile.Read(ref _filesRendered);

    public int FilesWritten => Volatile.Read(ref _filesWritten);

    internal void EnterStage(string stage) => Stage = stage;

    internal void FoundContentFiles(int count) => Volatile.Write(ref _contentFiles, count);

    internal void Rendered(int files) => Interlocked.Add(ref _filesRendered, files);

    internal void Wrote(int files) => Interlocked.Add(ref _filesWritten, files);

    public override string ToString() =>
        $"{Stage}: {ContentFiles} content file(s) read, {FilesRendered} file(s) rendered, {FilesWritten} written";
}
