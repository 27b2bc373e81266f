using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Browsing;

/// <summary>Listings by year, fiscal year, agency, type, urgency and tag: built from a real site under a sub-path.</summary>
public sealed class ListingPagesTests : IDisposable
{
    private readonly TestSite _site = new("title: ทดสอบ\nbaseUrl: /gecc/\ndigits: thai\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Thirtieth_of_September_and_first_of_October_fall_in_different_fiscal_years()
    {
        _site.WithCircular("content/circulars/sep.md", "มท ๐๘๑๐.๓/ว ๑", "2024-09-30", "ฉบับสิ้นปีงบ")
            .WithCircular("content/circulars/oct.md", "มท ๐๘๑๐.๓/ว ๒", "2024-10-01", "ฉบับต้นปีงบ");
        Assert.True((await _site.BuildAsync()).Succeeded);

        // FY 2567 = 1 Oct 2566 – 30 Sep 2567 (CE 2024); FY 2568 starts 1 Oct 2567.
        Assert.Equal(["ฉบับสิ้นปีงบ"], new HtmlPage(_site.ReadOutput("fiscal-years/2567/index.html")).VisibleTexts(".circular-summary .title"));
        Assert.Equal(["ฉบับต้นปีงบ"], new HtmlPage(_site.ReadOutput("fiscal-years/2568/index.html")).VisibleTexts(".circular-summary .title"));
        // Both are in B.E. year 2567 (CE 2024).
        Assert.Equal(["ฉบับต้นปีงบ", "ฉบับสิ้นปีงบ"], new HtmlPage(_site.ReadOutput("years/2567/index.html")).VisibleTexts(".circular-summary .title"));
        Assert.Equal(["ปีงบประมาณ ๒๕๖๘", "ปีงบประมาณ ๒๕๖๗"], new HtmlPage(_site.ReadOutput("fiscal-years/index.html")).Texts(".group-list a"));
    }

    [Fact]
    public async Task A_circular_links_to_every_group_it_belongs_to_and_each_group_lists_it()
    {
        _site.WithCircular("content/circulars/a.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2025-01-23", "เรื่องทดสอบ",
            "type: internal\nurgency: ด่วนที่สุด\ntags: [GECC, ศูนย์ราชการสะดวก]");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        var links = page.Document.QuerySelectorAll(".letter-facts a").Select(a => a.GetAttribute("href")).ToList();
        string[] expected =
        [
            "/gecc/fiscal-years/2568/", "/gecc/years/2568/", "/gecc/agencies/" + Uri.EscapeDataString("นพ") + "/", "/gecc/types/internal/",
            "/gecc/urgency/" + Uri.EscapeDataString("ด่วนที่สุด") + "/", "/gecc/tags/gecc/", "/gecc/tags/" + Uri.EscapeDataString("ศูนย์ราชการสะดวก") + "/",
        ];
        Assert.Equal(expected, links);
        foreach (var folder in new[] { "fiscal-years/2568", "years/2568", "agencies/นพ", "types/internal", "urgency/ด่วนที่สุด", "tags/gecc", "tags/ศูนย์ราชการสะดวก" })
        {
            var listing = new HtmlPage(_site.ReadOutput(folder + "/index.html"));
            Assert.Equal(["เรื่องทดสอบ"], listing.VisibleTexts(".circular-summary .title"));
            Assert.Equal("/gecc/circulars/a/", listing.One(".circular-summary .title").GetAttribute("href"));
        }

        Assert.Equal("จังหวัดนครพนม", new HtmlPage(_site.ReadOutput("agencies/นพ/index.html")).Text("h1"));
    }

    [Fact]
    public async Task Home_page_links_to_each_listing_kind_and_its_groups()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "หนึ่ง", "urgency: ด่วน\ntags: [งบประมาณ]");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var home = new HtmlPage(_site.ReadOutput("index.html"));
        var kinds = home.Document.QuerySelectorAll(".browse-kind h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/gecc/fiscal-years/", "/gecc/years/", "/gecc/agencies/", "/gecc/types/", "/gecc/urgency/", "/gecc/tags/"], kinds);
        foreach (var kind in kinds)
        {
            Assert.True(_site.OutputExists(kind!["/gecc/".Length..] + "index.html"), kind);
        }

        Assert.Contains("/gecc/agencies/" + Uri.EscapeDataString("มท") + "/", home.Document.QuerySelectorAll(".browse a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Twenty_one_circulars_make_two_linked_pages_newest_first()
    {
        for (var day = 1; day <= 21; day++)
        {
            _site.WithCircular($"content/circulars/c{day:00}.md", $"มท ๐๘๑๐.๓/ว {day}", $"2025-03-{day:00}", $"ฉบับที่ {day}");
        }

        Assert.True((await _site.BuildAsync()).Succeeded);

        var first = new HtmlPage(_site.ReadOutput("years/2568/index.html"));
        var second = new HtmlPage(_site.ReadOutput("years/2568/page/2/index.html"));
        Assert.Equal(20, first.Texts(".circular-summary").Count);
        Assert.Equal("ฉบับที่ 21", first.VisibleTexts(".circular-summary .title")[0]);
        Assert.Equal(["ฉบับที่ 1"], second.VisibleTexts(".circular-summary .title"));
        Assert.Equal("/gecc/years/2568/page/2/", first.One(".pager a[rel=next]").GetAttribute("href"));
        Assert.Equal("/gecc/years/2568/", second.One(".pager a[rel=prev]").GetAttribute("href"));
        Assert.Equal("๒", second.Text(".pager [aria-current=page]"));
        // The page and its letters' places, under the heading both pages share.
        Assert.Equal("๒๑ ฉบับ · หน้า ๑ จาก ๒, ฉบับที่ ๑–๒๐", first.Text("main .count"));
        Assert.Equal("๒๑ ฉบับ · หน้า ๒ จาก ๒, ฉบับที่ ๒๑", second.Text("main .count"));
        Assert.False(_site.OutputExists("years/2568/page/3/index.html"));
        Assert.False(_site.OutputExists("years/2568/page/1/index.html"));
    }

    [Fact]
    public async Task Exactly_twenty_circulars_make_one_page_without_a_pager()
    {
        for (var day = 1; day <= 20; day++)
        {
            _site.WithCircular($"content/circulars/c{day:00}.md", $"มท ๐๘๑๐.๓/ว {day}", $"2025-03-{day:00}", $"ฉบับที่ {day}");
        }

        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = new HtmlPage(_site.ReadOutput("years/2568/index.html"));
        Assert.Equal(20, page.Texts(".circular-summary").Count);
        Assert.Null(page.Document.QuerySelector(".pager"));
        Assert.Equal("๒๐ ฉบับ", page.Text("main .count"));
        Assert.False(_site.OutputExists("years/2568/page/2/index.html"));
    }

    [Fact]
    public async Task Listing_pages_explain_what_they_list_and_rows_do_not_repeat_it()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-23", "เรื่องทดสอบ", "type: internal\nurgency: ด่วน");
        Assert.True((await _site.BuildAsync()).Succeeded);

        // Fiscal year 2568 runs from 1 October 2567 to 30 September 2568.
        var fiscal = new HtmlPage(_site.ReadOutput("fiscal-years/2568/index.html"));
        Assert.Equal("๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘", fiscal.Text(".group-explanation"));
        Assert.Null(new HtmlPage(_site.ReadOutput("years/2568/index.html")).Document.QuerySelector(".group-explanation"));

        var urgency = new HtmlPage(_site.ReadOutput("urgency/ด่วน/index.html"));
        Assert.Equal("หนังสือชั้นความเร็ว \"ด่วน\"", urgency.Text("h1"));
        Assert.StartsWith("หนังสือชั้นความเร็ว \"ด่วน\" |", urgency.Text("title"));
        Assert.Empty(urgency.Texts(".circular-summary .urgency"));
        Assert.Equal(["หนังสือภายใน"], urgency.Texts(".circular-summary .type"));

        var type = new HtmlPage(_site.ReadOutput("types/internal/index.html"));
        Assert.Empty(type.Texts(".circular-summary .type"));
        Assert.Equal(["ด่วน"], type.Texts(".circular-summary .urgency"));

        // Elsewhere rows say both; the urgency's own index still names the group by its word alone.
        var year = new HtmlPage(_site.ReadOutput("years/2568/index.html"));
        Assert.Equal(["หนังสือภายใน"], year.Texts(".circular-summary .type"));
        Assert.Equal(["ด่วน"], year.Texts(".circular-summary .urgency"));
        Assert.Equal(["ด่วน"], new HtmlPage(_site.ReadOutput("urgency/index.html")).Texts(".group-list a"));
    }

    [Fact]
    public async Task Plain_pages_are_in_the_navigation_and_the_404_page_links_from_the_root()
    {
        _site.With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nข้อความ\n")
            .WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "หนึ่ง");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var notFound = new HtmlPage(_site.ReadOutput("404.html"));
        Assert.Contains("/gecc/about/", notFound.Document.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")));
        // Served at any missing address: every link but the skip link (a fragment) starts at the root.
        Assert.All(notFound.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')),
            href => Assert.StartsWith("/gecc/", href));
        Assert.Equal("#main", notFound.One("a.skip-link").GetAttribute("href"));
        Assert.Equal("main", notFound.One("#main").LocalName);
        // A path-only baseUrl does not say the site's host, and the Sitemap line must hold a full URL.
        Assert.Equal("User-agent: *\nAllow: /\n", _site.ReadOutput("robots.txt"));
    }
}
