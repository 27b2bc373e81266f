using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// A letter's text pasted down to its closing (ขอแสดงความนับถือ) shows the closing once, where the form prints it,
/// with a warning at the pasted line: the page printed it twice (an editors' probe, 2026-11-29). Where the page
/// prints no closing (no signer, a memo), the text is left as written.
/// </summary>
public sealed class LetterClosingTests : IDisposable
{
    private const string Signer = "signer:\n  name: นายสมชาย ใจดี\n  position: ผู้ว่าราชการจังหวัด";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("จึงเรียนมาเพื่อโปรดทราบ\n\nขอแสดงความนับถือ\n\n", 11)]
    [InlineData("จึงเรียนมาเพื่อโปรดทราบ\r\n  ขอแสดงความนับถือ  ", 10)]
    public async Task A_closing_ending_the_text_of_a_letter_with_a_signer_is_shown_once_and_warned_about(string body, int line)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", Signer, body);
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            [$"content/circulars/a.md:{line}:1: warning: the text ends with 'ขอแสดงความนับถือ', which the page prints itself above the signer: it is left off here; delete the line"],
            TestSite.Messages(result));

        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal(["จึงเรียนมาเพื่อโปรดทราบ"], page.Texts(".letter-body p"));
        Assert.Equal("ขอแสดงความนับถือ", page.Text(".letter-signature .closing"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("type: internal\n" + Signer)]
    [InlineData("type: order\n" + Signer)]
    public async Task Where_the_page_prints_no_closing_the_text_keeps_it(string extra)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", extra, "จึงเรียนมาเพื่อโปรดทราบ\n\nขอแสดงความนับถือ");
        var result = await _site.BuildAsync();
        Assert.DoesNotContain(TestSite.Messages(result), message => message.Contains("ขอแสดงความนับถือ", StringComparison.Ordinal));
        Assert.Contains("ขอแสดงความนับถือ", new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p"));
    }

    [Fact]
    public void The_types_whose_text_loses_its_closing_are_those_laid_out_on_the_external_form()
    {
        foreach (var (key, name) in GeccPortal.Thai.CircularTypes.Labels)
        {
            var external = GeccPortal.Generator.Model.LetterForms.Of(key) == GeccPortal.Generator.Model.LetterForm.External;
            Assert.Equal(external, GeccPortal.Generator.Content.LetterClosing.Printed(key, hasSigner: true));
            Assert.Equal(external, GeccPortal.Generator.Content.LetterClosing.Printed(name, hasSigner: true));
        }
    }

    [Fact]
    public async Task The_warning_is_said_again_on_the_next_build_until_the_line_is_deleted()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", Signer, "ข้อความ\n\nขอแสดงความนับถือ");
        Assert.Single(TestSite.Messages(await _site.BuildAsync()));
        Assert.Single(TestSite.Messages(await _site.BuildAsync()));
    }
}
