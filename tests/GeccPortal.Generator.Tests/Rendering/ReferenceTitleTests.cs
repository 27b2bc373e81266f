using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// A reference whose <c>title</c> is the อ้างถึง line as the paper prints it (ref and date included) shows them
/// once, on screen and in print: an editors' probe (2026-11-29) found them printed twice.
/// </summary>
public sealed class ReferenceTitleTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_title_printing_the_ref_and_date_is_not_followed_by_them_again()
    {
        _site.WithCircular("content/circulars/dla.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือกรม")
            .WithCircular("content/circulars/letter.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2025-01-23", "หนังสือจังหวัด", """
                references:
                  - ref: มท ๐๘๑๐.๓/ว ๗๖
                    date: 2025-01-07
                    title: หนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘
                """);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var references = Page("letter").One(".letter-fields .references");
        // What prints: the title alone. The link the site adds is on its own line, hidden on paper (.reference-link).
        var link = references.QuerySelector(".reference-link")!;
        Assert.Equal("อ่านฉบับนี้ที่เว็บไซต์: ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘", Squeeze(link.TextContent));
        Assert.Equal("/circulars/dla/", link.QuerySelector("a.circular-link")!.GetAttribute("href"));
        link.Remove();
        Assert.Equal("หนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘", Squeeze(references.TextContent));
    }

    [Fact]
    public async Task A_title_printing_another_spelling_of_the_ref_is_kept_as_printed_without_a_contradicting_one()
    {
        _site.WithCircular("content/circulars/letter.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2025-01-23", "หนังสือจังหวัด", """
            references:
              - ref: มท ๐๘๑๐.๓/ว ๗๖
                date: 2025-01-07
                title: หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๗/ว ๗๖ ลงวันที่ ๙ มกราคม ๒๕๖๘
            """);
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);

        var references = Page("letter").One(".letter-fields .references");
        Assert.Equal("หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๗/ว ๗๖ ลงวันที่ ๙ มกราคม ๒๕๖๘", Squeeze(references.TextContent));
        Assert.Null(references.QuerySelector(".reference-link"));
    }

    [Fact]
    public async Task A_title_writing_the_date_of_what_has_no_ref_gets_no_second_date()
    {
        _site.WithCircular("content/circulars/letter.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2025-01-23", "หนังสือจังหวัด", """
            references:
              - title: มติคณะรัฐมนตรีเมื่อวันที่ ๑๐ ธันวาคม ๒๕๖๗
                date: ๑๐ ธันวาคม ๒๕๖๗
              - title: มติคณะรัฐมนตรี
                date: ๑๗ ธันวาคม ๒๕๖๗
            """);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var items = Page("letter").Document.QuerySelectorAll(".letter-fields .references li").Select(li => Squeeze(li.TextContent)).ToList();
        Assert.Equal(["มติคณะรัฐมนตรีเมื่อวันที่ ๑๐ ธันวาคม ๒๕๖๗", "มติคณะรัฐมนตรี ลงวันที่ ๑๗ ธันวาคม ๒๕๖๗"], items);
    }

    private HtmlPage Page(string slug) => new(_site.ReadOutput($"circulars/{slug}/index.html"));

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
