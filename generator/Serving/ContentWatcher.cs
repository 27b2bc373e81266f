using System.Threading.Channels;

namespace GeccPortal.Generator.Serving;

/// <summary>
/// Watches the content folder and signals "something changed" once per burst of changes: an editor's save
/// is often several events (temp file, rename, attribute change), and one rebuild should follow them all.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private readonly FileSystemWatcher _watcher;
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public ContentWatcher(string contentDirectory)
    {
        _watcher = new FileSystemWatcher(Path.GetFullPath(contentDirectory))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, _) => Signal();
        _watcher.Created += (_, _) => Signal();
        _watcher.Deleted += (_, _) => Signal();
        _watcher.Renamed += (_, _) => Signal();
        // Too many changes at once for the watcher's buffer: still rebuild.
        _watcher.Error += (_, _) => Signal();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Completes after a change, once the folder has been quiet for a moment.</summary>
    public async Task WaitForChangeAsync(CancellationToken cancellation)
    {
        await _changes.Reader.ReadAsync(cancellation);
        // Let the burst finish: keep waiting while changes still arrive.
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(Quiet);
            try
            {
                await _changes.Reader.ReadAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Signal() => _changes.Writer.TryWrite(true);

    public void Dispose() => _watcher.Dispose();
}
