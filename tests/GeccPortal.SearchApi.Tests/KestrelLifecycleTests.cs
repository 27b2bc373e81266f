using System.Net;
using System.Text;

using GeccPortal.Search.Indexing;

using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Util;

using FSDirectory = Lucene.Net.Store.FSDirectory;

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
    public async Task An_index_of_another_schema_is_served_but_reported_degraded_with_what_to_do()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        var generation = CircularIndex.ResolveCurrent(index.Directory)!;
        using (var directory = FSDirectory.Open(generation))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["gecc.schema"] = "1" }); // as an older generator wrote it
            writer.Commit();
        }

        await using var api = await ApiProcess.Start("--index", index.Directory);
        using var client = api.CreateClient();

        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode); // still worth routing to: it answers
        var report = await ready.Content.ReadAsStringAsync();
        Assert.Contains("Degraded", report);
        Assert.Contains("index schema 1", report);
        Assert.Contains("build the site again", report);
        Assert.DoesNotContain(index.Directory, report);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=x")).StatusCode);
        Assert.Contains("index schema 1", api.Output);
    }

    [Fact]
    public async Task Rate_limit_answers_429_problem_with_retry_after()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        await using var api = await ApiProcess.Start(
            "--index", index.Directory, "--Search:RateLimit:PerSecond=1", "--Search:RateLimit:Burst=3");
        using var client = api.CreateClient();

        // All at once: one after another, a fresh process's slow first searches let the bucket refill (one
        // token a second) and, on a loaded machine, no request was ever refused.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetAsync("/api/search?q=x")));

        // The bucket holds 3 and gains one a second: no more than that can pass while the ten are answered, however
        // slowly a loaded machine answers them (a fixed bound of 4 failed when they took over two seconds).
        var refills = (int)Math.Ceiling(watch.Elapsed.TotalSeconds);
        Assert.True(3 + refills < 10, $"the ten requests took {watch.Elapsed.TotalSeconds:F1} s, time enough for the bucket to let all through");
        Assert.InRange(statuses.Count(response => response.StatusCode == HttpStatusCode.OK), 1, 3 + refills);
        var limited = statuses.First(response => response.StatusCode == HttpStatusCode.TooManyRequests);
        await ProblemAssert.IsProblem(limited, HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", "203.0.113.{0}", true)]
    [InlineData(null, "203.0.113.{0}", false)] // untrusted, the header is ignored: one bucket, the proxy's
    [InlineData("127.0.0.1,10.0.0.0/8", "203.0.113.{0}, 10.1.1.1", true)] // a CDN, then the local proxy
    [InlineData("127.0.0.1", "203.0.113.{0}, 198.51.100.7", false)] // the left part is the client's own claim
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_rate_limit(string? trusted, string forwardedFor, bool separate)
    {
        using var index = TestIndex.With(SampleCirculars.First);
        string[] args = ["--index", index.Directory, "--Search:RateLimit:PerSecond=1", "--Search:RateLimit:Burst=2"];
        await using var api = await ApiProcess.Start(trusted is null ? args : [.. args, "--trusted-proxy", trusted]);
        using var client = api.CreateClient();

        async Task<HttpStatusCode> From(string header)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=x");
            request.Headers.Add("X-Forwarded-For", header);
            return (await client.SendAsync(request)).StatusCode;
        }

        // Six visitors behind the proxy, one request each; then one visitor far over its burst. All at once, so
        // slow requests on a loaded machine cannot let a bucket refill in between (one token a second).
        var visitors = await Task.WhenAll(Enumerable.Range(1, 6)
            .Select(i => From(string.Format(System.Globalization.CultureInfo.InvariantCulture, forwardedFor, i))));
        var one = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => From("198.51.100.8")));

        Assert.Equal(separate, visitors.All(status => status == HttpStatusCode.OK));
        Assert.Contains(HttpStatusCode.TooManyRequests, one);
    }

    [Theory]
    [InlineData("2001:db8:1:2::10", "2001:db8:1:2:ffff::1", true)]
    [InlineData("2001:db8:1:2::10", "2001:db8:1:3::10", false)]
    [InlineData("::ffff:203.0.113.5", "203.0.113.5", true)]
    [InlineData("203.0.113.5", "203.0.113.6", false)]
    public void Clients_share_a_bucket_by_ipv4_address_or_ipv6_slash_64(string first, string second, bool shared) =>
        Assert.Equal(shared, ApiHosting.ClientKey(System.Net.IPAddress.Parse(first)) == ApiHosting.ClientKey(System.Net.IPAddress.Parse(second)));

    [Theory]
    [InlineData("proxy.local")]
    [InlineData("10")] // read as 0.0.0.10 by the address parser
    [InlineData("192.168.1/24")]
    [InlineData("192.168.010.0/24")] // octal: 192.168.8.0
    [InlineData("0x7f.0.0.1")]
    public async Task A_trusted_proxy_that_is_no_address_stops_the_start_with_a_message(string proxy)
    {
        var (exitCode, output) = await ApiProcess.RunToExit("--index", "x", "--trusted-proxy", proxy, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains($"trusted proxy '{proxy}'", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Theory]
    [InlineData("RateLimit:PerSecond", "abc")]
    [InlineData("RateLimit:Burst", "-5")]
    [InlineData("InMemoryIndexMaxMB", "1.5")]
    public async Task A_number_setting_that_is_no_whole_number_stops_the_start_with_a_message(string key, string value)
    {
        var (exitCode, output) = await ApiProcess.RunToExit("--index", "x", $"--Search:{key}={value}", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains($"Search:{key} must be a whole number, 0 or more, not '{value}'", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task An_in_memory_generation_too_large_for_the_heap_ceiling_stops_the_start_with_a_message()
    {
        // The host's heap ceiling is 512 MB: two 300 MB generations cannot be held while one replaces the other.
        var (exitCode, output) = await ApiProcess.RunToExit("--index", "x", "--Search:InMemoryIndexMaxMB=300", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("Search:InMemoryIndexMaxMB 300", output);
        Assert.Contains("set at most 160", output);
        Assert.DoesNotContain("   at ", output);
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
