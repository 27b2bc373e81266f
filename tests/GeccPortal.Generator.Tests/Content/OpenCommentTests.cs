using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>
/// An HTML comment opened in a body and never closed (site probe 9, 2026-11-29): the page went on without a word to the
/// editor. A warning at the opener's line and column; closed comments and comments in code are fine, but one holding
/// whole paragraphs (a blank line) is warned at too (site probe 10: a paragraph held back for review vanished unwarned).
/// </summary>
public sealed class OpenCommentTests : IDisposable
{
    private const string Says = "warning: an HTML comment '<!--' opened here is never closed: the text after it does not show as written; close it with '-->' where the note ends, or delete the '<!--'";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_comment_left_open_is_warned_at_in_letters_and_pages()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ขอเชิญประชุม",
                body: "ด้วยกรมขอเชิญประชุม\n\nข้อความ <!-- ตรวจวันที่ก่อนส่ง\n\nจึงเรียนมาเพื่อทราบ")
            .With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\n<!-- หมายเหตุ --> เว็บไซต์นี้\n\n<!-- ยังไม่เสร็จ\n");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(
            [$"content/circulars/a.md:8:9: {Says}", $"content/pages/about.md:6:1: {Says}"],
            TestSite.Messages(result));
    }

    [Fact]
    public async Task Closed_comments_over_lines_and_openers_in_code_are_not_warned_at()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ขอเชิญประชุม",
            body: "ด้วยกรม <!-- หมายเหตุ\nสองบรรทัด --> ขอเชิญ <!-- อีก -->\n\n```\n<!-- ในโค้ด\n```\n");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Messages(result));
    }

    [Fact]
    public async Task A_closed_comment_holding_whole_paragraphs_is_warned_at_but_a_note_or_words_conditional_comment_is_not()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ขอเชิญประชุม",
            body: "ด้วยกรมขอเชิญประชุม <!-- ตรวจวันที่ -->\n\n<!--\nย่อหน้านี้ยังไม่ผ่านการตรวจ\n\nค่าใช้จ่ายเบิกจากต้นสังกัด\n-->\n\n"
                + "<!--[if gte mso 9]><xml>\n\n<w:WordDocument></w:WordDocument></xml><![endif]-->\n\nจึงเรียนมาเพื่อทราบ");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["content/circulars/a.md:8:1: warning: the HTML comment from here to line 12 holds whole paragraphs, which the page does not show: if they are the letter's text, delete the '<!--' and the '-->'"],
            TestSite.Messages(result));
    }
}
