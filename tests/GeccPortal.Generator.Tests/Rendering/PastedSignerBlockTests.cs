using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// A letter's text pasted down to the signer's name and position, while <c>signer</c> has them, shows them once,
/// below the text where the form prints them, with a warning naming the pasted lines (an editors' probe,
/// 2026-11-29). Only a block that is wholly the signer is left off; anything else stays as written.
/// </summary>
public sealed class PastedSignerBlockTests : IDisposable
{
    private const string Signer = "signer:\n  name: นายสมชาย ใจดี\n  position: นายอำเภอเมือง ๑ ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัด";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    // Body from line 9: the name in brackets, the position over two lines with Arabic digits and extra spaces.
    [InlineData("จึงเรียนมาเพื่อโปรดทราบ\n\nขอแสดงความนับถือ\n\n\n(นายสมชาย  ใจดี)\nนายอำเภอเมือง 1  ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัด\n", 14, "lines 14–16", 11)]
    // No brackets, Windows line ends, the position on one line with no spaces between its parts.
    [InlineData("จึงเรียนมาเพื่อโปรดทราบ\r\nขอแสดงความนับถือ\r\n นายสมชาย ใจดี \r\nนายอำเภอเมือง๑ปฏิบัติราชการแทนผู้ว่าราชการจังหวัด\r\n", 11, "lines 11–12", 10)]
    public async Task A_pasted_signer_block_of_an_external_letter_is_shown_once_with_its_closing_and_warned_about(
        string body, int nameLine, string lines, int closingLine)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", Signer, body);
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                $"content/circulars/a.md:{closingLine}:1: warning: the text ends with 'ขอแสดงความนับถือ', which the page prints itself above the signer: it is left off here; delete the line",
                $"content/circulars/a.md:{nameLine}:1: warning: the text ends with the signer's name and position, which the page prints itself below the text from 'signer': they are left off here; delete {lines}",
            ],
            TestSite.Messages(result));

        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal(["จึงเรียนมาเพื่อโปรดทราบ"], page.Texts(".letter-body p"));
        Assert.Equal("(นายสมชาย ใจดี)", page.Text(".letter-signature .signer-name"));
    }

    [Fact]
    public async Task A_memo_loses_a_pasted_name_alone_and_keeps_the_rest_of_its_text()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "type: internal\n" + Signer,
            "จึงเรียนมาเพื่อโปรดพิจารณา\n\n( นายสมชาย ใจดี )");
        var result = await _site.BuildAsync();
        Assert.Equal(
            ["content/circulars/a.md:12:1: warning: the text ends with the signer's name and position, which the page prints itself below the text from 'signer': they are left off here; delete the line"],
            TestSite.Messages(result));
        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal(["จึงเรียนมาเพื่อโปรดพิจารณา"], page.Texts(".letter-body p"));
    }

    [Fact]
    public async Task A_name_followed_by_lines_that_are_not_the_position_is_kept_and_warned_about()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", Signer,
            "จึงเรียนมาเพื่อโปรดทราบ\n\n(นายสมชาย ใจดี)\nปลัดอำเภอ รักษาราชการแทน\nนายอำเภอเมือง");
        var result = await _site.BuildAsync();
        var message = Assert.Single(TestSite.Messages(result));
        Assert.StartsWith("content/circulars/a.md:11:1: warning: this line repeats the signer's name", message, StringComparison.Ordinal);
        var body = new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Text(".letter-body");
        Assert.Contains("(นายสมชาย ใจดี)", body, StringComparison.Ordinal);
        Assert.Contains("ปลัดอำเภอ รักษาราชการแทน", body, StringComparison.Ordinal);
    }

    [Theory]
    // The name inside a sentence, not a line of its own.
    [InlineData("มอบหมายให้ นายสมชาย ใจดี เป็นผู้ประสานงาน")]
    // Another person's name.
    [InlineData("จึงเรียนมาเพื่อโปรดทราบ\n\n(นายสมศักดิ์ ใจดี)")]
    public async Task Text_that_is_not_a_pasted_signer_block_is_left_as_written(string body)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", Signer, body);
        var result = await _site.BuildAsync();
        Assert.DoesNotContain(TestSite.Messages(result), message => message.Contains("signer's name", StringComparison.Ordinal));
        var shown = new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Text(".letter-body");
        Assert.Contains(body.Split('\n')[^1].Trim(), shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_that_is_nothing_but_the_signer_keeps_it_with_a_warning()
    {
        // Left off, the letter would have no text at all.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", Signer,
            "(นายสมชาย ใจดี)\nนายอำเภอเมือง ๑ ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัด");
        var message = Assert.Single(TestSite.Messages(await _site.BuildAsync()));
        Assert.StartsWith("content/circulars/a.md:9:1: warning: this line repeats the signer's name", message, StringComparison.Ordinal);
        Assert.Contains("(นายสมชาย ใจดี)", new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Text(".letter-body"), StringComparison.Ordinal);
    }

    private const string Contact = "contact:\n  unit: สำนักงานจังหวัด กลุ่มงานยุทธศาสตร์และข้อมูล\n  phone: ๐ ๔๒๕๑ ๑๒๓๔\n  fax: ๐ ๔๒๕๑ ๑๒๓๕\n  email: saraban@nakhonphanom.go.th";

    [Fact]
    public async Task The_contact_lines_pasted_after_the_signer_are_left_off_when_they_are_the_contacts()
    {
        // Body from line 14: the whole foot of the letter, as pasted from the paper.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", Signer + "\n" + Contact,
            "จึงเรียนมาเพื่อโปรดทราบ\n\nขอแสดงความนับถือ\n\n(นายสมชาย ใจดี)\nนายอำเภอเมือง ๑ ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัด\n\n"
            + "สำนักงานจังหวัด\nกลุ่มงานยุทธศาสตร์และข้อมูล\nโทร. 0-4251-1234\nโทรสาร ๐ ๔๒๕๑ ๑๒๓๕\nE-mail: Saraban@nakhonphanom.go.th");
        var result = await _site.BuildAsync();
        Assert.Equal(
            [
                "content/circulars/a.md:16:1: warning: the text ends with 'ขอแสดงความนับถือ', which the page prints itself above the signer: it is left off here; delete the line",
                "content/circulars/a.md:18:1: warning: the text ends with the signer's name and position and the contact lines, which the page prints itself below the text from 'signer' and 'contact': they are left off here; delete lines 18–25",
            ],
            TestSite.Messages(result));
        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal(["จึงเรียนมาเพื่อโปรดทราบ"], page.Texts(".letter-body p"));
        Assert.Single(page.Document.QuerySelectorAll(".contact-phone"));
    }

    [Fact]
    public async Task Contact_lines_that_are_not_the_contacts_keep_the_block_with_a_warning()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", Signer + "\n" + Contact,
            "จึงเรียนมาเพื่อโปรดทราบ\n\n(นายสมชาย ใจดี)\nนายอำเภอเมือง ๑ ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัด\nโทร. ๐ ๔๒๕๑ ๙๙๙๙");
        var message = Assert.Single(TestSite.Messages(await _site.BuildAsync()));
        Assert.StartsWith("content/circulars/a.md:16:1: warning: this line repeats the signer's name", message, StringComparison.Ordinal);
        Assert.Contains("๙๙๙๙", new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Text(".letter-body"), StringComparison.Ordinal);
    }
}
