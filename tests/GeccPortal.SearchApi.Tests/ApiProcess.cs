using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GeccPortal.SearchApi.Tests;

/// <summary>The built API host run as its own process on a free loopback port, as an operator runs it.</summary>
internal sealed partial class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ApiProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static async Task<ApiProcess> Start(params string[] arguments)
    {
        var api = Launch(["--urls", "http://127.0.0.1:0", .. arguments]);
        var started = await Task.WhenAny(api._listening.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        if (started != api._listening.Task)
        {
            var output = api.Output;
            await api.DisposeAsync();
            throw new TimeoutException($"the API did not start listening within 30 s:\n{output}");
        }

        api.BaseAddress = await api._listening.Task;
        return api;
    }

    /// <summary>Runs the host to completion (for arguments it refuses) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExit(params string[] arguments)
    {
        await using var api = Launch(arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await api._process.WaitForExitAsync(timeout.Token);
        return (api._process.ExitCode, api.Output);
    }

    public HttpClient CreateClient(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler()) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ApiProcess Launch(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var api = new ApiProcess(new Process { StartInfo = start });
        api._process.OutputDataReceived += (_, e) => api.Record(e.Data);
        api._process.ErrorDataReceived += (_, e) => api.Record(e.Data);
        api._process.Start();
        api._process.BeginOutputReadLine();
        api._process.BeginErrorReadLine();
        return api;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.Contains("Now listening on", StringComparison.Ordinal) && ListeningAddress().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Value));
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningAddress();
}
