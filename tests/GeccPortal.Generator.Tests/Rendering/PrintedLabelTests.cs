using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// Fields copied from the paper with the label the page prints before them (เรื่อง, เรียน, อ้างถึง,
/// สิ่งที่ส่งมาด้วย) or the signer's name in its brackets are printed once, with a warning at each line: the page
/// showed <c>เรื่อง เรื่อง …</c> and <c>((นายสมชาย ใจดี))</c> (an editors' probe, 2026-11-29).
/// </summary>
public sealed class PrintedLabelTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Labels_typed_before_fields_are_printed_once_and_warned_about()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "\"เรื่อง ขอเชิญประชุม\"", """
            to:
              - "เรียน: นายอำเภอทุกอำเภอ"
              - นายกเทศมนตรี
            references:
              - title: อ้างถึง มติคณะรัฐมนตรี
            enclosures:
              - title: สิ่งที่ส่งมาด้วย กำหนดการ
            signer:
              name: (นายสมชาย ใจดี)
              position: ผู้ว่าราชการจังหวัด
            """);
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
        [
            $"{Path}:4:1: warning: title starts with 'เรื่อง', which the page prints before it and leaves off here: write only what follows (ขอเชิญประชุม)",
            $"{Path}:6:5: warning: to starts with 'เรียน', which the page prints before it and leaves off here: write only what follows (นายอำเภอทุกอำเภอ)",
            $"{Path}:9:5: warning: references' title starts with 'อ้างถึง', which the page prints before it and leaves off here: write only what follows (มติคณะรัฐมนตรี)",
            $"{Path}:11:5: warning: enclosures' title starts with 'สิ่งที่ส่งมาด้วย', which the page prints before it and leaves off here: write only what follows (กำหนดการ)",
            $"{Path}:13:3: warning: signer name '(นายสมชาย ใจดี)' is in brackets, which the page adds itself: write the name only (นายสมชาย ใจดี)",
        ], TestSite.Messages(result));

        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal("ขอเชิญประชุม", page.Text("h1.title"));
        Assert.Equal(["นายอำเภอทุกอำเภอ", "นายกเทศมนตรี"], page.Texts(".letter-fields .to li"));
        Assert.Equal("มติคณะรัฐมนตรี", page.Text(".letter-fields .references"));
        Assert.Equal("กำหนดการ", page.Text(".letter-fields .enclosures .enclosure-title"));
        Assert.Equal("(นายสมชาย ใจดี)", page.Text(".signer-name"));
        Assert.Contains("<title>ขอเชิญประชุม", _site.ReadOutput("circulars/a/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("เรื่องร้องเรียนการก่อสร้าง")]
    [InlineData("เรื่อง")]
    public async Task A_title_that_only_starts_with_the_word_is_kept(string title)
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", title, "signer:\n  name: นายสมชาย ใจดี (รักษาราชการแทน)");
        var result = await _site.BuildAsync();
        Assert.Empty(TestSite.Messages(result));
        Assert.Equal(title, new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Text("h1.title"));
    }
}
