using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

using GeccPortal.Search.Indexing;

namespace GeccPortal.SearchApi.Tests;

/// <summary>The host as its own process on real Kestrel over loopback: command line, logging, readiness, wire-level input.</summary>
public sealed class KestrelTests
{
    [Fact]
    public async Task Serves_search_lookup_and_suggest_over_loopback()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        await using var api = await ApiProcess.Start("--index", index.Directory);
        using var client = api.CreateClient();

        var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("ซ่อมแซมอาคารเรียน"))).RootElement;
        var lookup = await client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("ศธ 04007/ว55"));
        var missing = await client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("ศธ 04007/ว56"));
        var suggest = await client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString("ศธ"));

        Assert.Equal(SampleCirculars.SchoolBudget.Ref, search.GetProperty("hits")[0].GetProperty("ref").GetString());
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        await ProblemAssert.IsProblem(missing, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
        // One structured log line per request, with its path and status.
        Assert.Contains(api.Output.Split('\n'), line => line.Contains("/api/circulars/lookup", StringComparison.Ordinal)
            && line.Contains("\"StatusCode\":404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Raw_invalid_UTF8_in_the_request_line_is_refused_without_a_500()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        await using var api = await ApiProcess.Start("--index", index.Directory);

        foreach (var target in new[] { "/api/search?q=\xFF\xFE\xC3(", "/api/\xFF\xFE/search", "/api/circulars/lookup?ref=\x80\x81" })
        {
            var status = await SendRaw(api.BaseAddress, target);
            Assert.True(status is 200 or 400 or 404, $"{status} for a raw request to {target}");
        }

        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

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
    public async Task Cors_allows_only_the_configured_site_origin()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        await using var api = await ApiProcess.Start("--index", index.Directory, "--cors-origin", "https://circulars.example.go.th");
        using var client = api.CreateClient();

        var allowed = await GetWithOrigin(client, "https://circulars.example.go.th");
        var other = await GetWithOrigin(client, "https://elsewhere.example.com");

        Assert.Equal("https://circulars.example.go.th", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Responses_are_compressed_for_clients_that_ask()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        await using var api = await ApiProcess.Start("--index", index.Directory);
        using var client = api.CreateClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await client.SendAsync(request);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task Serves_the_site_files_when_given_a_site_folder()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        var site = Directory.CreateTempSubdirectory("gecc-api-site-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(site.FullName, "index.html"), "<h1>หนังสือเวียน</h1>");
            await using var api = await ApiProcess.Start("--index", index.Directory, "--site", site.FullName);
            using var client = api.CreateClient();

            Assert.Equal("<h1>หนังสือเวียน</h1>", await client.GetStringAsync("/"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=x")).StatusCode);
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Without_an_index_argument_it_exits_with_a_message_not_a_stack_trace()
    {
        var (exitCode, output) = await ApiProcess.RunToExit("--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("--index DIR", output);
        Assert.DoesNotContain("   at ", output);
    }

    private static async Task<HttpResponseMessage> GetWithOrigin(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=x");
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }

    /// <summary>Sends bytes no HTTP client library would send, and returns the status code of the answer.</summary>
    private static async Task<int> SendRaw(Uri server, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var request = Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
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