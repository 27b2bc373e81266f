using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// A letter's text pasted from the paper with the lines the form prints above it (site probe 9, 2026-11-29): the page
/// printed เรื่อง and เรียน twice, once from the front matter and again at the text's start. They are left off, with a
/// warning naming the lines; a line whose field the front matter lacks, or one after the text has begun, is kept.
/// </summary>
public sealed class PastedHeadLineTests : IDisposable
{
    private const string Extra = "to: ผู้ว่าราชการจังหวัด ทุกจังหวัด\nenclosures:\n  - title: แบบรายงาน\n  - title: คู่มือ";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_pasted_head_lines_are_left_off_with_a_warning_naming_them()
    {
        // The body starts at line 10.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การประชุมชี้แจง", Extra,
            "เรื่อง  การประชุมชี้แจง\n\nเรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n\nสิ่งที่ส่งมาด้วย ๑. แบบรายงาน\n๒. คู่มือ\n\nด้วยกรมขอเชิญประชุม\n\nเรื่อง อื่น ในข้อความ");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            ["content/circulars/a.md:10:1: warning: the text starts with the letter's เรื่อง, เรียน, สิ่งที่ส่งมาด้วย as printed above it, which the page prints itself from the front matter: they are left off here; delete lines 10–15"],
            TestSite.Messages(result));
        var body = new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p");
        Assert.Equal(["ด้วยกรมขอเชิญประชุม", "เรื่อง อื่น ในข้อความ"], body);
    }

    [Theory]
    // No enclosures in the front matter: the page prints none, so the line is the text's.
    [InlineData("อ้างถึง หนังสือกรม\n\nด้วยกรม")]
    // The text's own first words.
    [InlineData("ด้วยกรม\n\nเรียน ท่านผู้อ่าน")]
    [InlineData("เรื่องนี้ด่วน\n\nด้วยกรม")]
    public async Task Other_starts_are_kept_without_a_warning(string body)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การประชุมชี้แจง", "to: ผู้ว่าราชการจังหวัด", body);
        var result = await _site.BuildAsync();
        Assert.Empty(TestSite.Messages(result));
        Assert.Contains(body.Split('\n')[0], new HtmlPage(_site.ReadOutput("circulars/a/index.html")).One(".letter-body").TextContent, StringComparison.Ordinal);
    }
}
