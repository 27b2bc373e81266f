using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// Notes written as footnotes (<c>[^1]</c>) print after the whole letter, below its signer and contact block: inside the
/// text they printed between its last paragraph and ขอแสดงความนับถือ, parting the letter from its signature on the sheet
/// (site probe 10, 2026-11-29). A plain page keeps them under its text.
/// </summary>
public sealed class LetterNotesTests : IDisposable
{
    private const string Signer = "signer:\n  name: นายสมชาย ใจดี\n  position: ผู้ว่าราชการจังหวัดขอนแก่น\ncontact:\n  unit: สำนักงานจังหวัด\n  phone: ๐ ๔๓๒๓ ๖๖๖๖";
    private const string Body = "ข้อมูล ณ วันที่ ๑๐ สิงหาคม ๒๕๖๘[^1]\n\nจึงเรียนมาเพื่อทราบ\n\n[^1]: ข้อมูลจากศูนย์ปฏิบัติการ";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("", ".letter-contact")]
    [InlineData("type: internal\nissuer: สำนักงานจังหวัดขอนแก่น\n", ".letter-signature")]
    [InlineData("type: order\nissuer: จังหวัดขอนแก่น\n", ".letter-signature")]
    [InlineData("type: announcement\nissuer: จังหวัดขอนแก่น\n", ".letter-signature")]
    public async Task The_notes_follow_the_signer_and_the_contact_block_in_every_form(string extra, string lastPart)
    {
        _site.WithCircular("content/circulars/a.md", "ขก ๐๐๑๗.๒/ว ๑๕๐๑", "2025-08-21", "เรื่อง", extra + Signer, Body);
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Messages(result)));

        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Empty(page.Document.QuerySelectorAll(".letter-body .footnotes"));
        Assert.Equal("ข้อมูลจากศูนย์ปฏิบัติการ", page.Text(".letter .letter-notes .footnotes li p").TrimEnd('↩').Trim());
        page.AssertInOrder(".letter-body", lastPart, ".letter-notes");
        // The mark in the text still leads to the note, and the note back to the mark.
        var mark = page.One(".letter-body a.footnote-ref");
        Assert.NotNull(page.Document.GetElementById(mark.GetAttribute("href")!.TrimStart('#')));
    }

    [Fact]
    public async Task A_letter_without_notes_has_no_notes_block()
    {
        _site.WithCircular("content/circulars/a.md", "ขก ๐๐๑๗.๒/ว ๑๕๐๑", "2025-08-21", "เรื่อง", Signer, "จึงเรียนมาเพื่อทราบ");
        Assert.True((await _site.BuildAsync()).Succeeded);
        Assert.Empty(new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Document.QuerySelectorAll(".letter-notes"));
    }

    [Fact]
    public async Task A_plain_page_keeps_its_notes_under_its_text()
    {
        _site.With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nที่มาของข้อมูล[^1]\n\n[^1]: ข้อมูลจากศูนย์ปฏิบัติการ\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Messages(result)));
        var page = new HtmlPage(_site.ReadOutput("about/index.html"));
        Assert.Contains("ข้อมูลจากศูนย์ปฏิบัติการ", page.Text("article.page .footnotes"));
    }
}
