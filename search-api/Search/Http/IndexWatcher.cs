using System.Threading.Channels;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeccPortal.Search.Http;

/// <summary>
/// Opens the index when the host starts, then refreshes it whenever something changes in the index folder
/// (a new generation's pointer file) and, as a backup for missed events and network shares, on a timer.
/// </summary>
internal sealed class IndexWatcher(ISwappableIndex index, SearchOptions options, ILogger<IndexWatcher> logger)
    : BackgroundService
{
    // One pending signal is enough: a refresh reads the pointer as it is now, whatever burst of events came before.
    private readonly Channel<bool> _changes =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Synchronously, so the first request already finds the index (or a clear reason why not).
        index.Refresh();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        FileSystemWatcher? watcher = null;
        var reportedNoWatcher = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (watcher is null)
                {
                    watcher = TryWatch(out var reason);
                    if (watcher is null && !reportedNoWatcher)
                    {
                        IndexLog.NotWatching(logger, index.IndexDirectory, reason, options.IndexCheckInterval);
                        reportedNoWatcher = true;
                    }
                }

                await WaitForChangeOrTimer(stoppingToken);
                index.Refresh();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    private async Task WaitForChangeOrTimer(CancellationToken stoppingToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timer.CancelAfter(options.IndexCheckInterval);
        try
        {
            await _changes.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The timer fired: check anyway.
        }
    }

    private FileSystemWatcher? TryWatch(out string reason)
    {
        if (!Directory.Exists(index.IndexDirectory))
        {
            reason = "the folder does not exist yet";
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(index.IndexDirectory)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite,
            };
            watcher.Created += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Changed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Deleted += (_, _) => _changes.Writer.TryWrite(true);
            watcher.EnableRaisingEvents = true;
            reason = "";
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            reason = e.Message;
            return null;
        }
    }
}
