using System.Diagnostics;
using System.Net;

namespace GeccPortal.Bench.RateClient;

/// <summary>
/// Request <c>i</c> is due at <c>i / rate</c> seconds from the start, whatever happened to the ones before it
/// (an open loop): a stalled server cannot slow the client down and hide its stall. Each latency counts from
/// the request's due time, not from when it was sent, as wrk2 does.
/// </summary>
public static class OpenLoopRun
{
    // Requests still waiting beyond this many are not sent but counted as dropped: a server far below the
    // rate would otherwise queue the whole run in the client.
    private const int MaxInFlight = 1000;

    /// <summary>A client whose connections stay open between runs, so a warm-up run leaves them ready.</summary>
    public static HttpClient CreateClient(Uri baseUrl) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 256,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <param name="first">The index in <paramref name="paths"/> of the first request; the run goes on in order and wraps.</param>
    public static async Task<RunResult> RunAsync(HttpClient client, IReadOnlyList<string> paths, int first, int rate, TimeSpan duration)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new long[total];
        var outcomes = new Outcome[total];
        var inFlight = 0;
        var pending = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var next = 0; next < total;)
        {
            var due = (long)((double)next * Stopwatch.Frequency / rate);
            if (clock.ElapsedTicks < due)
            {
                // Sleep(1) wakes within about a millisecond; the requests that fell due meanwhile go out together.
                Thread.Sleep(1);
                continue;
            }

            if (Volatile.Read(ref inFlight) >= MaxInFlight)
            {
                outcomes[next++] = Outcome.Dropped;
                continue;
            }

            Interlocked.Increment(ref inFlight);
            pending.Add(SendAsync(client, paths[(first + next) % paths.Count], next, due));
            next++;
        }

        await Task.WhenAll(pending);
        return RunResult.Of(rate, clock.Elapsed, latencies, outcomes);

        async Task SendAsync(HttpClient http, string path, int index, long due)
        {
            try
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                outcomes[index] = response.IsSuccessStatusCode ? Outcome.Ok : Outcome.NonSuccess;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                outcomes[index] = Outcome.Failed;
            }
            finally
            {
                latencies[index] = clock.ElapsedTicks - due;
                Interlocked.Decrement(ref inFlight);
            }
        }
    }
}

public enum Outcome
{
    Dropped,
    Ok,
    NonSuccess,
    Failed,
}
