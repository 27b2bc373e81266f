using GeccPortal.Generator.Cli;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Serving.LiveReload;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Serving;

/// <summary>
/// The preview's panel over a page while the content has errors: Thai first, as the site is (an editors' probe,
/// 2026-11-29, found it in English), with each problem's file, line and message kept as the terminal prints them.
/// </summary>
public sealed class ProblemPanelTests
{
    [Fact]
    public void Errors_and_warnings_are_labelled_in_Thai_and_keep_their_place_and_message()
    {
        var html = ProblemPanel.Of(
            [
                new Diagnostic(new SourceLocation("content/circulars/a.md", 2, 1), Severity.Error, "malformed ref 'x'"),
                new Diagnostic(new SourceLocation("content/circulars/b.md", 14, 7), Severity.Warning, "the text ends with 'ขอแสดงความนับถือ'"),
            ],
            path => path);
        var panel = new HtmlPage(html);

        Assert.Equal("th", panel.One("section").GetAttribute("lang"));
        Assert.Equal(ProblemPanel.TitleId, panel.One("section").GetAttribute("aria-labelledby"));
        Assert.Equal("เนื้อหามีข้อผิดพลาด 1 รายการ และคำเตือน 1 รายการ", panel.Text("#" + ProblemPanel.TitleId));
        Assert.StartsWith("หน้านี้ยังเป็นเว็บไซต์ที่สร้างสำเร็จครั้งล่าสุด", panel.Text("section > p"), StringComparison.Ordinal);
        Assert.Equal(
            ["ข้อผิดพลาด ไฟล์ content/circulars/a.md บรรทัด 2 คอลัมน์ 1", "คำเตือน ไฟล์ content/circulars/b.md บรรทัด 14 คอลัมน์ 7"],
            panel.Texts(".gecc-problem > p:first-child"));
        Assert.Equal(["malformed ref 'x'", "the text ends with 'ขอแสดงความนับถือ'"], panel.Texts(".gecc-problem-message[lang=en]"));
        Assert.Equal(["error", "warning"], panel.Document.QuerySelectorAll(".gecc-problem").Select(li => li.ClassList[1]!));
    }

    [Fact]
    public void Text_from_the_content_is_encoded_not_run()
    {
        var html = ProblemPanel.Of([new Diagnostic(new SourceLocation("content/circulars/<b>.md", 1, 1), Severity.Error, "unknown key '<img src=x onerror=alert(1)>'")], p => p);
        var panel = new HtmlPage(html);
        Assert.Empty(panel.Document.QuerySelectorAll("img, b"));
        Assert.Equal("unknown key '<img src=x onerror=alert(1)>'", panel.Text(".gecc-problem-message"));
    }

    [Fact]
    public void Files_are_named_from_the_working_folder_as_the_terminal_names_them()
    {
        var work = Path.Combine(Path.GetTempPath(), "s7-panel-work");
        var paths = new DiagnosticPaths(Path.Combine(work, "site", "content"), work);
        var html = ProblemPanel.Of([new Diagnostic(new SourceLocation("content/circulars/a.md", 3, 1), Severity.Error, "ref used also by content/circulars/b.md")], paths.Text);
        var panel = new HtmlPage(html);
        Assert.Equal("site/content/circulars/a.md", panel.Text(".gecc-problem code"));
        Assert.Equal("ref used also by site/content/circulars/b.md", panel.Text(".gecc-problem-message"));
    }

    [Fact]
    public void A_rebuild_that_could_not_finish_is_headed_in_Thai()
    {
        var panel = new HtmlPage(ProblemPanel.OfFailure("build failed: the file is held open"));
        Assert.Equal("สร้างเว็บไซต์ใหม่ไม่สำเร็จ", panel.Text("h2"));
        Assert.Equal("build failed: the file is held open", panel.Text(".gecc-problem-message[lang=en]"));
    }
}
