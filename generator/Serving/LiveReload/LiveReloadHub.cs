using System.Threading.Channels;

namespace GeccPortal.Generator.Serving.LiveReload;

/// <summary>
/// The browsers open on the preview server, each listening on a Server-Sent-Events stream. After a good
/// rebuild they are told to reload; after a failed one they are sent the problems, shown over the page
/// (the last good site keeps being served). A browser that connects while the content is broken gets the
/// problems at once.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<LiveEvent>> _listeners = [];
    private string? _currentProblems;

    /// <summary>A new listener; the stream ends when <see cref="Unsubscribe"/> is called.</summary>
    public ChannelReader<LiveEvent> Subscribe()
    {
        var channel = Channel.CreateUnbounded<LiveEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _listeners.Add(channel);
            if (_currentProblems is { } problems)
            {
                channel.Writer.TryWrite(new LiveEvent(LiveEvent.ContentError, problems));
            }
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<LiveEvent> reader)
    {
        lock (_gate)
        {
            _listeners.RemoveAll(channel => channel.Reader == reader);
        }
    }

    public int ListenerCount
    {
        get
        {
            lock (_gate)
            {
                return _listeners.Count;
            }
        }
    }

    /// <summary>A rebuild succeeded: every page reloads.</summary>
    public void Reload()
    {
        lock (_gate)
        {
            _currentProblems = null;
            Publish(new LiveEvent(LiveEvent.Reload, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>A rebuild failed: every page shows the problems until the next good build.</summary>
    public void ReportProblems(string problems)
    {
        lock (_gate)
        {
            _currentProblems = problems;
            Publish(new LiveEvent(LiveEvent.ContentError, problems));
        }
    }

    private void Publish(LiveEvent message)
    {
        foreach (var listener in _listeners)
        {
            listener.Writer.TryWrite(message);
        }
    }
}

/// <summary>One Server-Sent Event: its name and its (possibly multi-line) data.</summary>
public sealed record LiveEvent(string Name, string Data)
{
    public const string Reload = "reload";

    /// <summary>Not "error": EventSource fires its own "error" event on a lost connection.</summary>
    public const string ContentError = "content-error";

    /// <summary>The event as written on the stream: each data line prefixed, a blank line after.</summary>
    public string ToWire() =>
        $"event: {Name}\n" + string.Concat(Data.Split('\n').Select(line => $"data: {line}\n")) + "\n";
}
