using GeccPortal.Generator.Build;
using GeccPortal.Generator.Serving.LiveReload;

using Microsoft.AspNetCore.Builder;

namespace GeccPortal.Generator.Serving;

/// <summary>
/// The editors' loop behind <c>gecc serve</c>: the site, already built once, served on loopback; every change
/// under content/ rebuilds it (incrementally) and reloads the open pages. A rebuild with errors leaves
/// the last good site in place, and its problems go to <paramref name="report"/> and to every open page.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly Func<BuildResult, bool> _report;
    private readonly Action<string> _printFailure;
    private readonly Func<string, string> _showPath;
    private readonly ContentWatcher _watcher;
    private readonly CancellationTokenSource _stop = new();
    private readonly BuildMemory _memory = new();
    private readonly Task _loop;

    private PreviewSession(WebApplication app, LiveReloadHub hub, BuildOptions options, Func<BuildResult, bool> report, Action<string> printFailure,
        Func<string, string> showPath)
    {
        _showPath = showPath;
        App = app;
        Hub = hub;
        _options = options;
        _report = report;
        _printFailure = printFailure;
        _watcher = new ContentWatcher(options.ContentDirectory);
        _loop = Task.Run(RebuildOnChangesAsync);
    }

    public WebApplication App { get; }

    public LiveReloadHub Hub { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public string Address => SiteHost.AddressOf(App);

    /// <param name="firstBuild">A successful build of <paramref name="options"/> (its site gives the base path).</param>
    /// <param name="report">Prints a rebuild's outcome; returns true when it succeeded.</param>
    /// <param name="printFailure">Prints a rebuild that could not finish (a file system failure, a bug in gecc).</param>
    /// <param name="showPath">Names the files in a text from where gecc was run, as the terminal does; as built when not given.</param>
    public static async Task<PreviewSession> StartAsync(BuildOptions options, BuildResult firstBuild, int port, Func<BuildResult, bool> report,
        Action<string>? printFailure = null, Func<string, string>? showPath = null)
    {
        var hub = new LiveReloadHub();
        var app = await SiteHost.StartAsync(options.OutputDirectory!, firstBuild.Site!.Settings, port, options.IndexDirectory, hub);
        return new PreviewSession(app, hub, options, report, printFailure ?? (_ => { }), showPath ?? (text => text));
    }

    private async Task RebuildOnChangesAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _watcher.WaitForChangeAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            BuildResult result;
            try
            {
                result = await SiteBuild.RunAsync(_options, memory: _memory);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A file held open or vanished mid-build, or a bug in gecc: the last good site stays, the loop
                // keeps watching (an exception here would end it silently), and the next change retries.
                var message = exception is IOException or UnauthorizedAccessException
                    ? $"build failed: {exception.Message}"
                    : $"build failed: gecc failed unexpectedly ({exception.GetType().Name}: {exception.Message}); this is a bug in gecc, not a problem in your content";
                _printFailure(message);
                Hub.ReportProblems(ProblemPanel.OfFailure(_showPath(message)));
                continue;
            }

            if (_report(result))
            {
                Hub.Reload();
            }
            else
            {
                Hub.ReportProblems(ProblemPanel.Of(result.Diagnostics, _showPath));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _watcher.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _stop.Dispose();
    }
}
