using AngleSharp.Html.Parser;

using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>
/// Text and HTML pasted from Word (site probe 9, 2026-11-29): its no-break spaces showed as doubled gaps and its inline
/// fonts and sizes (<c>font-size:16.0pt</c>, <c>font-family:"TH SarabunPSK"</c>) printed a paragraph half again as large as
/// the rest of the letter, in another font where TH SarabunPSK is not installed.
/// </summary>
public sealed class WordPasteTests : IDisposable
{
    private static readonly MarkdownConverter Converter = new();

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void No_break_spaces_read_as_spaces_and_make_no_hard_break_at_a_lines_end()
    {
        var content = Converter.Convert("ได้รับแจ้ง\u00A0ว่า\u00A0\u00A0คณะกรรมการ\u00A0\u00A0\nกำหนดจัดงาน");
        Assert.DoesNotContain('\u00A0', content.Html);
        Assert.DoesNotContain("&nbsp;", content.Html);
        Assert.DoesNotContain("<br", content.Html);
        Assert.Contains("ได้รับแจ้ง ว่า  คณะกรรมการกำหนดจัดงาน", content.Html);
        // Typed as an entity it is the editor's, and kept.
        Assert.Contains("&nbsp;", Converter.Convert("๑๐&nbsp;น.").Html);
    }

    [Fact]
    public void Words_fonts_and_sizes_are_left_to_the_site_and_its_other_styles_kept()
    {
        var html = Converter.Convert("<p class=MsoNormal style='text-align:center;font-size:16.0pt;font-family:\"TH SarabunPSK\",sans-serif;line-height:115%'>"
            + "<span lang=TH style='font-size:12.0pt;font-family:Tahoma;font-weight:bold'>ภายในวันที่ ๓๑ มกราคม ๒๕๖๘</span></p>").Html;
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("text-align: center", document.QuerySelector("p")!.GetAttribute("style"));
        Assert.Equal("font-weight: bold", document.QuerySelector("span")!.GetAttribute("style"));
    }

    [Fact]
    public async Task A_title_pasted_with_no_break_spaces_shows_plain_ones()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การจัดงานวันเด็กแห่งชาติ\u00A0\u00A0ประจำปี ๒๕๖๘");
        Assert.True((await _site.BuildAsync()).Succeeded);
        Assert.Equal("การจัดงานวันเด็กแห่งชาติ  ประจำปี ๒๕๖๘", new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Text("h1.title"));
    }
}
