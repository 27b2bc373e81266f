using System.Net;

using GeccPortal.Generator.Build;
using GeccPortal.Generator.Serving;
using GeccPortal.Generator.Serving.LiveReload;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Serving;

/// <summary>
/// The editors' loop for real: the preview server on a free loopback port, a real HTTP client on its event
/// stream, a content file changed on disk.
/// </summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TestSite _site = new("title: ทดสอบ\nbaseUrl: /gecc/\ndigits: thai\n");
    private readonly List<BuildResult> _rebuilds = [];
    private PreviewSession _session = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ชื่อเดิม");
        var options = new BuildOptions(_site.ContentDirectory, _site.OutputDirectory, null);
        var first = await SiteBuild.RunAsync(options);
        _session = await PreviewSession.StartAsync(options, first, port: 0, result =>
        {
            lock (_rebuilds)
            {
                _rebuilds.Add(result);
            }

            return result.Succeeded;
        });
        _client = new HttpClient { BaseAddress = new Uri(_session.Address), Timeout = Patience };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _session.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task Changing_a_circular_sends_reload_and_the_page_then_shows_the_change()
    {
        using var events = await OpenEventsAsync();

        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ชื่อใหม่");

        Assert.Equal(LiveEvent.Reload, await NextEventAsync(events));
        var page = await _client.GetStringAsync("/gecc/circulars/a/");
        Assert.Contains("ชื่อใหม่", page);
        Assert.Contains(LiveReloadScript.Tag, page);
        // The script is added while serving only; the built site never holds it.
        Assert.DoesNotContain("__gecc", _site.ReadOutput("circulars/a/index.html"));
        Assert.Contains("ชื่อใหม่", _site.ReadOutput("circulars/a/index.html"));
    }

    [Fact]
    public async Task A_content_error_reaches_the_page_while_the_last_good_site_is_still_served()
    {
        using var events = await OpenEventsAsync();

        _site.WithCircular("content/circulars/a.md", "ไม่ใช่เลข", "2025-01-07", "ชื่อเสีย");

        Assert.Equal(LiveEvent.ContentError, await NextEventAsync(events, data =>
        {
            // The panel is Thai-first: a Thai heading and labels, the file and place, the message as the terminal prints it.
            var panel = new HtmlPage(data);
            Assert.Equal("th", panel.One("section").GetAttribute("lang"));
            Assert.Equal("เนื้อหามีข้อผิดพลาด 1 รายการ", panel.Text("h2"));
            Assert.Equal("ข้อผิดพลาด ไฟล์ content/circulars/a.md บรรทัด 2 คอลัมน์ 1", panel.Text(".gecc-problem.error p"));
            Assert.StartsWith("malformed ref", panel.Text(".gecc-problem-message[lang=en]"), StringComparison.Ordinal);
        }));
        Assert.Contains("ชื่อเดิม", await _client.GetStringAsync("/gecc/circulars/a/"));

        // A page opened now gets the problem at once.
        using var late = await OpenEventsAsync();
        Assert.Equal(LiveEvent.ContentError, await NextEventAsync(late));

        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ชื่อแก้แล้ว");
        Assert.Equal(LiveEvent.Reload, await NextEventAsync(events));
        Assert.Contains("ชื่อแก้แล้ว", await _client.GetStringAsync("/gecc/circulars/a/"));
    }

    [Fact]
    public async Task Script_is_served_and_a_missing_page_gets_the_sites_404_page()
    {
        var script = await _client.GetAsync(LiveReloadEndpoints.ScriptPath);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());

        var missing = await _client.GetAsync("/gecc/circulars/missing/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("ไม่พบหน้านี้", await missing.Content.ReadAsStringAsync());
        Assert.Equal("text/css", (await _client.GetAsync("/gecc/assets/site.css")).Content.Headers.ContentType?.MediaType);
    }

    private async Task<StreamReader> OpenEventsAsync()
    {
        var response = await _client.GetAsync(LiveReloadEndpoints.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync().WaitAsync(Patience));
        return reader;
    }

    /// <summary>Reads the stream up to the next event; returns its name, after checking its data.</summary>
    private static async Task<string> NextEventAsync(StreamReader events, Action<string>? checkData = null)
    {
        string? name = null;
        var data = new List<string>();
        while (await events.ReadLineAsync().WaitAsync(Patience) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
            else if (line.Length == 0 && name is not null)
            {
                checkData?.Invoke(string.Join('\n', data));
                return name;
            }
        }

        throw new Xunit.Sdk.XunitException("the event stream ended");
    }
}
