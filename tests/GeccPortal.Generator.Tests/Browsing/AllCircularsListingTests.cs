using System.Xml.Linq;

using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Browsing;

/// <summary>
/// The list of every circular, newest first, at <c>circulars/</c> (page n at <c>circulars/page/n/</c>): its
/// pagination edges, the links to it, the sitemap, and the slug it keeps from the letters.
/// </summary>
public sealed class AllCircularsListingTests : IDisposable
{
    private readonly TestSite _site = new("title: ทดสอบ\nbaseUrl: /gecc/\ndigits: thai\n");

    public void Dispose() => _site.Dispose();

    /// <summary><paramref name="count"/> letters, one a day from 1 January 2025, so the newest is the last written.</summary>
    private TestSite WithLetters(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var date = new DateOnly(2025, 1, 1).AddDays(i - 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            _site.WithCircular($"content/circulars/c{i:00}.md", $"มท ๐๘๑๐.๓/ว {i}", date, $"ฉบับที่ {i}");
        }

        return _site;
    }

    private HtmlPage Page(string path) => new(_site.ReadOutput(path));

    [Fact]
    public async Task With_no_circulars_the_list_is_one_page_that_says_so()
    {
        Assert.True((await WithLetters(0).BuildAsync()).Succeeded);

        var page = Page("circulars/index.html");
        Assert.Equal("หนังสือเวียนทั้งหมด", page.Text("h1"));
        Assert.Contains("ยังไม่มีหนังสือเวียน", page.Text("main"));
        Assert.Empty(page.Texts(".circular-summary"));
        Assert.Null(page.Document.QuerySelector(".pager"));
        Assert.False(_site.OutputExists("circulars/page/2/index.html"));
        // Nothing to see: the home page does not offer the list.
        Assert.Null(Page("index.html").Document.QuerySelector(".see-all"));
    }

    [Fact]
    public async Task One_circular_is_one_page_without_a_pager()
    {
        Assert.True((await WithLetters(1).BuildAsync()).Succeeded);

        var page = Page("circulars/index.html");
        Assert.Equal(["ฉบับที่ 1"], page.VisibleTexts(".circular-summary .title"));
        Assert.Equal("/gecc/circulars/c01/", page.One(".circular-summary .title").GetAttribute("href"));
        Assert.Equal("๑ ฉบับ เรียงจากฉบับล่าสุด", page.Text("main .count"));
        Assert.Null(page.Document.QuerySelector(".pager"));
    }

    [Fact]
    public async Task Exactly_one_page_of_circulars_has_no_second_page()
    {
        Assert.True((await WithLetters(20).BuildAsync()).Succeeded);

        var page = Page("circulars/index.html");
        Assert.Equal(20, page.Texts(".circular-summary").Count);
        Assert.Equal("ฉบับที่ 20", page.VisibleTexts(".circular-summary .title")[0]);
        Assert.Equal("ฉบับที่ 1", page.VisibleTexts(".circular-summary .title")[^1]);
        Assert.Null(page.Document.QuerySelector(".pager"));
        Assert.False(_site.OutputExists("circulars/page/2/index.html"));
    }

    [Fact]
    public async Task One_circular_over_a_page_makes_a_second_page_with_the_oldest_linked_both_ways()
    {
        Assert.True((await WithLetters(21).BuildAsync()).Succeeded);

        var first = Page("circulars/index.html");
        var second = Page("circulars/page/2/index.html");
        Assert.Equal(20, first.Texts(".circular-summary").Count);
        Assert.Equal("ฉบับที่ 21", first.VisibleTexts(".circular-summary .title")[0]);
        Assert.Equal(["ฉบับที่ 1"], second.VisibleTexts(".circular-summary .title"));
        Assert.Equal("/gecc/circulars/page/2/", first.One(".pager a[rel=next]").GetAttribute("href"));
        Assert.Null(first.Document.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal("/gecc/circulars/", second.One(".pager a[rel=prev]").GetAttribute("href"));
        Assert.Null(second.Document.QuerySelector(".pager a[rel=next]"));
        Assert.Equal("๒", second.Text(".pager [aria-current=page]"));
        Assert.StartsWith("หนังสือเวียนทั้งหมด (หน้า ๒)", second.Text("title"));
        // Which page and which letters, under the heading both pages share (site probe: on a phone nothing above the
        // list told page 2 from page 1).
        Assert.Equal("๒๑ ฉบับ เรียงจากฉบับล่าสุด · หน้า ๑ จาก ๒, ฉบับที่ ๑–๒๐", first.Text("main .count"));
        Assert.Equal("๒๑ ฉบับ เรียงจากฉบับล่าสุด · หน้า ๒ จาก ๒, ฉบับที่ ๒๑", second.Text("main .count"));
        Assert.False(_site.OutputExists("circulars/page/1/index.html"));
        Assert.False(_site.OutputExists("circulars/page/3/index.html"));
    }

    [Fact]
    public async Task The_home_page_and_the_navigation_link_to_the_list_and_the_sitemap_lists_every_page_of_it()
    {
        Assert.True((await WithLetters(21).BuildAsync()).Succeeded);

        var home = Page("index.html");
        var seeAll = home.One(".latest .see-all a");
        Assert.Equal("ดูหนังสือเวียนทั้งหมด", seeAll.TextContent.Trim());
        Assert.Equal("/gecc/circulars/", seeAll.GetAttribute("href"));
        // The list is in the main menu of every page, marked as the current page on itself.
        Assert.Contains("/gecc/circulars/", Page("circulars/c05/index.html").Document.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal("page", Page("circulars/index.html").One(".site-nav a[href='/gecc/circulars/']").GetAttribute("aria-current"));

        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(_site.ReadOutput("sitemap.xml")).Descendants(sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Contains("/gecc/circulars/", locations);
        Assert.Contains("/gecc/circulars/page/2/", locations);
    }

    [Fact]
    public async Task A_circular_may_not_take_the_folder_of_the_lists_later_pages_as_its_slug()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "slug: page")
            .WithCircular("content/circulars/page.md", "มท ๐๘๑๐.๓/ว ๗๗", "2025-01-08", "เรื่อง");

        var result = await _site.CheckAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "content/circulars/a.md:5:1: error: the URL 'circulars/page/' holds the later pages of the list of all circulars: add 'slug:' with another name, or rename the file",
            "content/circulars/page.md:1:1: error: the URL 'circulars/page/' holds the later pages of the list of all circulars: add 'slug:' with another name, or rename the file",
        ], TestSite.Messages(result).Order(StringComparer.Ordinal));
    }
}
