using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>
/// A letter pasted from its PDF brings the continuation sheet's number (<c>- ๒ -</c>) and the next sheet's first words
/// typed at a sheet's foot (<c>/ทั้งนี้...</c>) into the text (site probe 8, 2026-11-29): the number showed as a bulleted
/// list item "๒ -" in the middle of the letter. The page leaves both off, and the editor is warned at each line.
/// </summary>
public sealed class PastedSheetMarkTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_pasted_sheet_number_and_the_words_carried_above_it_are_left_off_with_a_warning_at_each_line()
    {
        // The body starts at line 6.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            body: "ย่อหน้าแรก ภายใน ๒๔ ชั่วโมง\n\n/ทั้งนี้...\n\n- ๒ -\n\nทั้งนี้ สามารถสอบถามได้\n\n-3-\n\nย่อหน้าสุดท้าย");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        var body = new HtmlPage(_site.ReadOutput("circulars/a/index.html")).One(".letter-body");
        Assert.Empty(body.QuerySelectorAll("ul"));
        Assert.Equal(["ย่อหน้าแรก ภายใน ๒๔ ชั่วโมง", "ทั้งนี้ สามารถสอบถามได้", "ย่อหน้าสุดท้าย"], body.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal(
            [
                "content/circulars/a.md:8:1: warning: this line, '/ทั้งนี้...', repeats the first words of the next sheet, as a printed letter types them at a sheet's foot, pasted with the text from the PDF: the page leaves it off; delete the line",
                "content/circulars/a.md:10:1: warning: this line, '- ๒ -', is the number of a printed letter's continuation sheet, pasted with the text from the PDF: the page leaves it off; delete the line",
                "content/circulars/a.md:14:1: warning: this line, '-3-', is the number of a printed letter's continuation sheet, pasted with the text from the PDF: the page leaves it off; delete the line",
            ],
            TestSite.Messages(result));
    }

    [Theory]
    // A range, a list item with words, a slash line with no sheet number under it, and code are the author's.
    [InlineData("ช่วงวันที่\n\n- ๒ - ๕ มกราคม\n\nข้อความ")]
    [InlineData("- ๒ รายการ\n- ๓ รายการ")]
    [InlineData("/ทั้งนี้...\n\nข้อความ")]
    [InlineData("```\n- ๒ -\n```")]
    public async Task Other_lines_are_kept_without_a_warning(string body)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", body: body);
        var result = await _site.BuildAsync();
        Assert.Empty(TestSite.Messages(result));
        var text = new HtmlPage(_site.ReadOutput("circulars/a/index.html")).One(".letter-body").TextContent;
        Assert.Contains(body.Contains("/ทั้งนี้", StringComparison.Ordinal) ? "/ทั้งนี้..." : "๒", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_page_is_warned_at_as_a_circular_is()
    {
        // The body starts at line 4: a page's front matter holds only its title here.
        _site.With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nย่อหน้าแรก\n\n- ๒ -\n\nย่อหน้าสุดท้าย\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            ["content/pages/about.md:6:1: warning: this line, '- ๒ -', is the number of a printed letter's continuation sheet, pasted with the text from the PDF: the page leaves it off; delete the line"],
            TestSite.Messages(result));
        Assert.DoesNotContain("๒", new HtmlPage(_site.ReadOutput("about/index.html")).One("main article").TextContent);
    }
}
