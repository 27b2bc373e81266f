using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace GeccPortal.SearchApi.Tests;

/// <summary>The host as its own process on real Kestrel over loopback, with every option an operator sets.</summary>
public sealed class KestrelTests(RunningApi api) : IClassFixture<RunningApi>
{
    private readonly RunningApi _api = api;

    [Fact]
    public async Task Serves_search_lookup_and_suggest_over_loopback()
    {
        using var client = _api.Process.CreateClient();

        var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("ซ่อมแซมอาคารเรียน"))).RootElement;
        var lookup = await client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("ศธ 04007/ว55"));
        var missing = await client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("ศธ 04007/ว56"));
        var suggest = await client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString("ศธ"));

        Assert.Equal(SampleCirculars.SchoolBudget.Ref, search.GetProperty("hits")[0].GetProperty("ref").GetString());
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        await ProblemAssert.IsProblem(missing, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
        // One structured log line per request, with its path and status.
        Assert.Contains(_api.Process.Output.Split('\n'), line => line.Contains("/api/circulars/lookup", StringComparison.Ordinal)
            && line.Contains("\"StatusCode\":404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Raw_invalid_UTF8_in_the_request_line_is_refused_without_a_500()
    {
        foreach (var target in new[] { "/api/search?q=\xFF\xFE\xC3(", "/api/\xFF\xFE/search", "/api/circulars/lookup?ref=\x80\x81" })
        {
            var status = await SendRaw(_api.Process.BaseAddress, target);
            Assert.True(status is 200 or 400 or 404, $"{status} for a raw request to {target}");
        }

        using var client = _api.Process.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_gets_the_API_problem_not_a_bare_414()
    {
        using var client = _api.Process.CreateClient();

        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(new string('ก', 10_000)));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Cors_allows_only_the_configured_site_origin()
    {
        using var client = _api.Process.CreateClient();

        var allowed = await GetWithOrigin(client, RunningApi.SiteOrigin);
        var other = await GetWithOrigin(client, "https://elsewhere.example.com");

        Assert.Equal(RunningApi.SiteOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Responses_are_compressed_for_clients_that_ask()
    {
        using var client = _api.Process.CreateClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await client.SendAsync(request);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task Serves_the_site_files_when_given_a_site_folder()
    {
        using var client = _api.Process.CreateClient();

        Assert.Equal(RunningApi.HomePage, await client.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=x")).StatusCode);
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
}
