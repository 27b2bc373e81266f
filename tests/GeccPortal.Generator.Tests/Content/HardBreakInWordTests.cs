using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>
/// Two spaces left at a line's end by a PDF paste are Markdown's hard break, so a word the PDF wrapped stayed split on
/// the page (an editors' probe, 2026-11-29). Where the break falls inside a Thai word the page joins it and the editor
/// is warned at the line, and only there: a break between two words set on lines of their own is the author's choice.
/// </summary>
public sealed class HardBreakInWordTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    // The body starts at line 6; the column is the first of the spaces.
    [InlineData("เพื่อเตรียมรับมือสาธารณ  \nภัยที่อาจเกิดขึ้น", 6, 24, "สาธารณ", "ภัย")]
    [InlineData("ย่อหน้าแรก\n\nให้ดำเนินก   \r\nารตามระเบียบ", 8, 11, "ก", "าร")]
    [InlineData("ขอความร่วมมือในการเ  \nดินทางไปราชการ", 6, 20, "เ", "ดิน")]
    // The next line's leading spaces are not shown: the word is split all the same.
    [InlineData("เพื่อเตรียมรับมือสาธารณ  \n   ภัยที่อาจเกิดขึ้น", 6, 24, "สาธารณ", "ภัย")]
    public async Task A_hard_break_inside_a_Thai_word_is_warned_about_at_its_line(string body, int line, int column, string before, string after)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", body: body);
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.DoesNotContain("<br>", new HtmlPage(_site.ReadOutput("circulars/a/index.html")).One(".letter-body").InnerHtml, StringComparison.Ordinal);
        Assert.Equal(
            $"content/circulars/a.md:{line}:{column}: warning: the spaces at this line's end make a line break inside the Thai word '{before}{after}' ('{before}' / '{after}'), as text pasted from a PDF has, which would show the word split: the page joins it; delete the spaces at the end of the line (two spaces are a line break in Markdown)",
            Assert.Single(TestSite.Messages(result)));
    }

    [Fact]
    public async Task A_hard_break_between_Thai_letters_after_a_full_line_is_warned_about_even_where_ICU_sees_two_words()
    {
        // Site probe 8: ICU reads ผู้ประสาน | งาน as two words, so the pasted line stayed broken with no warning.
        const string Full = "ทั้งนี้ สามารถดาวน์โหลดสื่อประชาสัมพันธ์ได้ที่เว็บไซต์กองโรคติดต่อทั่วไป หรือสอบถามผู้ประสาน";
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", body: Full + "  \nงาน ได้ในวันและเวลาราชการ");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Contains("ผู้ประสานงาน ได้ใน", new HtmlPage(_site.ReadOutput("circulars/a/index.html")).One(".letter-body").TextContent, StringComparison.Ordinal);
        Assert.Equal(
            $"content/circulars/a.md:6:{Full.Length + 1}: warning: the spaces at this line's end make a line break between 'ประสาน' and 'งาน' after a full line of text, as text pasted from a PDF has, which would show the sentence broken there: the page joins the lines; delete the spaces at the end of the line (two spaces are a line break in Markdown)",
            Assert.Single(TestSite.Messages(result)));
    }

    [Theory]
    // Two words, each a line of its own (an address): the break is the author's.
    [InlineData("ศาลากลางจังหวัดนครพนม  \nถนนอภิบาลบัญชา")]
    [InlineData("ขอแสดงความนับถือ  \nรองอธิบดี")]
    // One space is no hard break (the soft break between Thai letters is dropped anyway).
    [InlineData("เพื่อเตรียมรับมือสาธารณ \nภัยที่อาจเกิดขึ้น")]
    // A digit stands apart as a word.
    [InlineData("ข้อ ๑  \nภัยที่อาจเกิดขึ้น")]
    // Inside a code fence the text is shown as typed.
    [InlineData("```\nเพื่อเตรียมรับมือสาธารณ  \nภัยที่อาจเกิดขึ้น\n```")]
    public async Task Other_hard_breaks_are_left_without_a_warning(string body)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", body: body);
        Assert.Empty(TestSite.Messages(await _site.BuildAsync()));
        if (body.Contains("  \n", StringComparison.Ordinal) && !body.StartsWith("```", StringComparison.Ordinal))
        {
            // The author's break is kept.
            Assert.Contains("<br>", new HtmlPage(_site.ReadOutput("circulars/a/index.html")).One(".letter-body").InnerHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_warning_is_said_again_on_the_next_build_until_the_spaces_are_deleted()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", body: "รับมือสาธารณ  \nภัย");
        Assert.Single(TestSite.Messages(await _site.BuildAsync()));
        Assert.Single(TestSite.Messages(await _site.BuildAsync()));
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", body: "รับมือสาธารณ\nภัย");
        Assert.Empty(TestSite.Messages(await _site.BuildAsync()));
    }

    [Fact]
    public async Task A_plain_pages_break_inside_a_word_is_warned_about_as_a_circulars_is()
    {
        // Site probe 9: a plain page's text was joined on the page with no warning. The body starts at line 4.
        _site.With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nเพื่อเตรียมรับมือสาธารณ  \nภัยที่อาจเกิดขึ้น\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.StartsWith("content/pages/about.md:4:24: warning: the spaces at this line's end make a line break inside the Thai word 'สาธารณภัย'",
            Assert.Single(TestSite.Messages(result)), StringComparison.Ordinal);
    }
}
