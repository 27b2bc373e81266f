using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>The footer of every page: the operator from site.yml, the plain pages, the feed and the catalogs.</summary>
public sealed class SiteFooterTests : IDisposable
{
    private const string SiteYml = "title: ทดสอบ\nbaseUrl: /gecc/\ndigits: thai\nsearchApi: /api\n";

    private TestSite _site = new(SiteYml + "operator:\n  name: กองเทคโนโลยีสารสนเทศ\n  email: webmaster@example.go.th\n  url: https://example.go.th/contact\n");

    public void Dispose() => _site.Dispose();

    private static IEnumerable<string> HtmlFiles(string root) =>
        Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories);

    [Fact]
    public async Task Every_page_has_a_footer_whose_links_name_files_the_build_wrote()
    {
        _site.With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nข้อความ\n")
            .With("content/pages/contact.md", "---\ntitle: ติดต่อเรา\n---\nข้อความ\n")
            .WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "หนึ่ง", "urgency: ด่วน\ntags: [งบประมาณ]");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var pages = HtmlFiles(_site.OutputDirectory).ToList();
        Assert.True(pages.Count > 10, $"{pages.Count} pages");
        foreach (var file in pages)
        {
            var footer = new HtmlPage(File.ReadAllText(file)).One("body > footer.site-footer");
            var links = footer.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(["/gecc/circulars/", "/gecc/about/", "/gecc/contact/", "/gecc/feed.xml", "/gecc/catalog.csv", "/gecc/catalog.json"], links);
            foreach (var link in links)
            {
                var path = link["/gecc/".Length..];
                Assert.True(_site.OutputExists(path.EndsWith('/') ? path + "index.html" : path), $"{link} in the footer of {file} names no file");
            }

            Assert.Equal("ผู้ดูแลเว็บไซต์: กองเทคโนโลยีสารสนเทศ · webmaster@example.go.th · ติดต่อผู้ดูแลเว็บไซต์",
                string.Join(' ', footer.QuerySelector(".site-operator")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
            Assert.Equal("mailto:webmaster@example.go.th", footer.QuerySelector(".site-operator a[href^=mailto]")!.GetAttribute("href"));
            Assert.Equal("https://example.go.th/contact", footer.QuerySelector(".site-operator a[href^=https]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Without_an_operator_the_footer_names_none()
    {
        _site.Dispose();
        _site = new TestSite(SiteYml);
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "หนึ่ง");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var footer = new HtmlPage(_site.ReadOutput("index.html")).One("footer.site-footer");
        Assert.Null(footer.QuerySelector(".site-operator"));
        Assert.Equal(4, footer.QuerySelectorAll("nav a").Length);
    }

    [Theory]
    [InlineData("operator:\n  email: a@example.go.th\n", "content/site.yml:6:3: error: missing required key 'name' in 'operator'")]
    [InlineData("operator:\n  name: กอง\n  email: not an address\n", "content/site.yml:7:3: error: operator email 'not an address' is not an e-mail address (name@example.go.th)")]
    [InlineData("operator:\n  name: กอง\n  email: a@b\n", "content/site.yml:7:3: error: operator email 'a@b' is not an e-mail address (name@example.go.th)")]
    [InlineData("operator:\n  name: กอง\n  url: javascript:alert(1)\n", "content/site.yml:7:3: error: operator url 'javascript:alert(1)' must be an http(s) address such as https://example.go.th/contact")]
    [InlineData("operator:\n  name: กอง\n  phone: 02\n", "content/site.yml:7:3: error: unknown key 'phone' in 'operator'; known keys: name, email, url")]
    public async Task A_bad_operator_is_an_error_at_its_line(string operatorYml, string expected)
    {
        _site.Dispose();
        _site = new TestSite(SiteYml + operatorYml);

        var result = await _site.CheckAsync();

        Assert.False(result.Succeeded);
        Assert.Equal([expected], TestSite.Messages(result));
    }
}
