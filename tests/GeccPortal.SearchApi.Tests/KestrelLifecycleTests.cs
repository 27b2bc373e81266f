using System.Net;
using System.Text;

using GeccPortal.Search.Indexing;

namespace GeccPortal.SearchApi.Tests;

/// <summary>The host process over a missing or corrupt index, under a tight rate limit, and without its arguments.</summary>
public sealed class KestrelLifecycleTests
{
    [Fact]
    public async Task Without_an_index_it_stays_up_not_ready_then_serves_one_published_later()
    {
        using var index = TestIndex.Empty();
        await using var api = await ApiProcess.Start("--index", index.Directory);
        using var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("no index generation", await ready.Content.ReadAsStringAsync());
        var search = await ProblemAssert.IsProblem(await client.GetAsync("/api/search?q=x"), HttpStatusCode.ServiceUnavailable);
        Assert.DoesNotContain(index.Directory, search.ToString());
        Assert.Contains("Search index unavailable", api.Output);

        index.Publish(SampleCirculars.First);

        Assert.True(await EventuallyOk(client, "/readyz"), "not ready 10 s after an index was published:\n" + api.Output);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=x")).StatusCode);
        Assert.False(api.HasExited);
    }

    [Fact]
    public async Task A_corrupt_index_fails_readiness_with_a_clear_log_line_and_keeps_the_process_up()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        var generation = CircularIndex.ResolveCurrent(index.Directory)!;
        foreach (var file in Directory.EnumerateFiles(generation, "*", SearchOption.AllDirectories))
        {
            File.WriteAllBytes(file, Encoding.ASCII.GetBytes("not a Lucene file"));
        }

        await using var api = await ApiProcess.Start("--index", index.Directory);
        using var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        await ProblemAssert.IsProblem(await client.GetAsync("/api/search?q=x"), HttpStatusCode.ServiceUnavailable);
        Assert.Contains("cannot be opened", api.Output);
        await Task.Delay(TimeSpan.FromSeconds(3)); // past a periodic check: still up, and the error is not repeated
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Single(api.Output.Split('\n'), line => line.Contains("Search index unavailable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limit_answers_429_problem_with_retry_after()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        await using var api = await ApiProcess.Start(
            "--index", index.Directory, "--Search:RateLimit:PerSecond=1", "--Search:RateLimit:Burst=3");
        using var client = api.CreateClient();

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add(await client.GetAsync("/api/search?q=x"));
        }

        var limited = statuses.First(response => response.StatusCode == HttpStatusCode.TooManyRequests);
        await ProblemAssert.IsProblem(limited, HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Without_an_index_argument_it_exits_with_a_message_not_a_stack_trace()
    {
        var (exitCode, output) = await ApiProcess.RunToExit("--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("--index DIR", output);
        Assert.DoesNotContain("   at ", output);
    }

    private static async Task<bool> EventuallyOk(HttpClient client, string path)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await client.GetAsync(path)).StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
