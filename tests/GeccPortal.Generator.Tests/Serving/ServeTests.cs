using System.Net;

using GeccPortal.Generator.Serving;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Serving;

/// <summary>The serve host: real Kestrel on loopback, serving the built folder under the base path.</summary>
public sealed class ServeTests : IDisposable
{
    private readonly TestSite _site = new("title: ทดสอบ\nbaseUrl: /gecc/\ndigits: thai\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Built_site_is_served_under_its_base_path()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่องที่เสิร์ฟ");
        var result = await _site.BuildAsync();
        await using var app = await SiteHost.StartAsync(_site.OutputDirectory, result.Site!.Settings, port: 0);
        using var client = new HttpClient { BaseAddress = new Uri(SiteHost.AddressOf(app)) };

        var page = await client.GetAsync("/gecc/circulars/a/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("เรื่องที่เสิร์ฟ", await page.Content.ReadAsStringAsync());
        Assert.Equal("text/css", (await client.GetAsync("/gecc/assets/site.css")).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/gecc/circulars/missing/")).StatusCode);
    }

    [Fact]
    public async Task Feeds_are_served_as_atom_and_other_xml_as_xml()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่องที่เสิร์ฟ");
        var result = await _site.BuildAsync();
        await using var app = await SiteHost.StartAsync(_site.OutputDirectory, result.Site!.Settings, port: 0);
        using var client = new HttpClient { BaseAddress = new Uri(SiteHost.AddressOf(app)) };

        foreach (var feed in new[] { "/gecc/feed.xml", "/gecc/agencies/" + Uri.EscapeDataString("มท") + "/feed.xml" })
        {
            var response = await client.GetAsync(feed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<feed", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal("text/xml", (await client.GetAsync("/gecc/sitemap.xml")).Content.Headers.ContentType?.MediaType);
    }
}
