using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>The way to the search page from every page, and the search page's sort and fiscal-year controls.</summary>
public sealed class SearchControlsTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Every_page_links_to_the_search_page_and_its_form_offers_sort_and_the_sites_fiscal_years()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2024-09-30", "ปีงบ ๒๕๖๗")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", "2024-10-01", "ปีงบ ๒๕๖๘")
            .WithCircular("content/circulars/c.md", "มท ๐๘๑๐.๓/ว ๓", "2022-01-05", "ปีงบ ๒๕๖๕");
        Assert.True((await _site.BuildAsync()).Succeeded);

        foreach (var path in new[] { "index.html", "circulars/a/index.html", "circulars/index.html", "404.html" })
        {
            var link = new HtmlPage(_site.ReadOutput(path)).One(".site-header a.search-advanced");
            Assert.Equal("/search/", link.GetAttribute("href"));
            Assert.Equal("ค้นหาขั้นสูง / ค้นจากเลขที่หนังสือ", link.TextContent.Trim());
        }

        var search = new HtmlPage(_site.ReadOutput("search/index.html"));
        Assert.Equal(["", "date"], search.Document.QuerySelectorAll("#search-form select#sort option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["ความเกี่ยวข้อง", "วันที่ล่าสุด"], search.Texts("#sort option"));
        Assert.Equal("เรียงตาม", search.Text("label[for=sort]"));
        // Fiscal years that have letters, newest first, as B.E. years the API's fiscalYear reads.
        Assert.Equal(["", "2568", "2567", "2565"], search.Document.QuerySelectorAll("#search-form select#fiscalYear option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["ทุกปี", "๒๕๖๘", "๒๕๖๗", "๒๕๖๕"], search.Texts("#fiscalYear option"));
        Assert.Equal("ปีงบประมาณ", search.Text("label[for=fiscalYear]"));
    }

    [Fact]
    public async Task Without_a_search_api_no_page_links_to_a_search_page()
    {
        _site.With("content/site.yml", "title: ทดสอบ\nbaseUrl: /\ndigits: thai\n")
            .WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "หนึ่ง");
        Assert.True((await _site.BuildAsync()).Succeeded);

        Assert.False(_site.OutputExists("search/index.html"));
        Assert.DoesNotContain("/search/", _site.ReadOutput("index.html"));
    }
}
