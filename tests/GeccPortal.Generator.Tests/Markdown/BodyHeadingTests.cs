using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>
/// A body that heads itself with <c>#</c> (site probe 9, 2026-11-29: <c># เรื่อง …</c> pasted from another file) gave the page
/// a second <c>h1</c> beside the letter's subject. Its headings are set a level lower, in order.
/// </summary>
public sealed class BodyHeadingTests : IDisposable
{
    private static readonly MarkdownConverter Converter = new();

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_bodys_headings_go_one_level_below_the_page_title_when_it_has_an_h1()
    {
        Assert.Equal("<h2>เรื่อง ประชุม</h2>\n<h4>เรียน</h4>\n<h6>ห้า</h6>\n<h6>หก</h6>",
            Converter.Convert("# เรื่อง ประชุม\n\n### เรียน\n\n##### ห้า\n\n###### หก").Html.Trim());
        // Without an h1 the body's own levels are kept.
        Assert.Equal("<h2>ข้อ ๑</h2>", Converter.Convert("## ข้อ ๑").Html.Trim());
    }

    [Fact]
    public async Task The_letters_page_has_one_h1()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การประชุม", body: "ข้อความ\n\n# รายละเอียดการประชุม\n\nข้อความ");
        Assert.True((await _site.BuildAsync()).Succeeded);
        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.Equal("รายละเอียดการประชุม", page.Text(".letter-body h2"));
    }
}
