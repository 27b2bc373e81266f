using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>Raw HTML in Markdown is allowed, then sanitised: nothing that runs script reaches a page.</summary>
public sealed class SanitizingTests
{
    private static readonly MarkdownConverter Converter = new();

    [Theory]
    [InlineData("<script>alert('x')</script>", "alert")]
    [InlineData("ข้อความ <img src=\"a.png\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("<div onclick=\"steal()\">กดที่นี่</div>", "onclick")]
    [InlineData("[ลิงก์](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">ลิงก์</a>", "alert")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>", "iframe")]
    [InlineData("<style>body{display:none}</style>", "display:none")]
    [InlineData("<svg><script>alert(1)</script></svg>", "script")]
    public void Script_never_survives(string markdown, string forbidden)
    {
        var content = Converter.Convert(markdown);
        Assert.DoesNotContain(forbidden, content.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", content.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(forbidden, content.PlainText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Harmless_html_is_kept()
    {
        var html = Converter.Convert("<table><tr><td>ลำดับ</td><td><b>ชื่อ</b></td></tr></table>\n\n[เว็บไซต์](https://www.psc.opm.go.th) <a href=\"mailto:saraban@dla.go.th\">อีเมล</a>").Html;
        Assert.Contains("<td>ลำดับ</td>", html);
        Assert.Contains("<b>ชื่อ</b>", html);
        Assert.Contains("href=\"https://www.psc.opm.go.th\"", html);
        Assert.Contains("href=\"mailto:saraban@dla.go.th\"", html);
    }

    [Fact]
    public void Plain_text_keeps_one_line_per_block_and_the_text_of_tables()
    {
        var text = Converter.Convert("# หัวข้อ\n\nย่อหน้า *เน้น*\n\n- ข้อหนึ่ง\n- ข้อสอง\n\n| ลำดับ | ชื่อ |\n|---|---|\n| ๑ | นายหนึ่ง |").PlainText;
        Assert.Equal("หัวข้อ\nย่อหน้า เน้น\nข้อหนึ่ง\nข้อสอง\nลำดับ ชื่อ\n๑ นายหนึ่ง", text);
    }

    [Fact]
    public async Task Built_page_carries_no_script_from_content()
    {
        using var site = new TestSite();
        site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            body: "ย่อหน้า<script>document.cookie</script>\n\n<p onmouseover=\"x()\">ข้อความ</p>");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded);
        var page = site.ReadOutput("circulars/a/index.html");
        // The layout may carry structured data (JSON-LD), which browsers never run; nothing executable is allowed.
        Assert.All(new HtmlPage(page).Document.QuerySelectorAll("script"),
            script => Assert.Equal("application/ld+json", script.GetAttribute("type")));
        Assert.DoesNotContain("document.cookie", page);
        Assert.DoesNotContain("onmouseover", page);
        Assert.Contains("ข้อความ", page);
    }
}
