using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>
/// A link in a letter's text to a file that <c>enclosures</c> does not name leads nowhere, as only enclosures are
/// published (site probe 10, 2026-11-29: <c>[แบบตอบรับ](reply-form.pdf)</c> with no such enclosure, unwarned). A warning at
/// the link; a file named there, however the link spells its path, and links of other kinds are not warned at.
/// </summary>
public sealed class BodyFileLinkTests : IDisposable
{
    private const string Path = "content/circulars/a/index.md";
    private const string Enclosures = "enclosures:\n  - title: แบบตอบรับ\n    file: Reply-Form.pdf\n  - title: คู่มือ\n    file: files/คู่มือ.docx";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private TestSite WithLetter(string body) =>
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ขอเชิญประชุม", Enclosures, body)
            .With("content/circulars/a/Reply-Form.pdf", "%PDF-1.4\n%%EOF\n")
            .With("content/circulars/a/files/คู่มือ.docx", "not really a docx");

    [Fact]
    public async Task A_link_to_a_file_not_among_the_enclosures_is_warned_at_its_line_and_column()
    {
        // The body starts at line 11.
        WithLetter("ด้วยกรมขอเชิญประชุม\n\nกรอก[แบบสำรวจ](survey.xlsx) แล้วส่งคืน");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Contains(
            $"{Path}:13:16: warning: link 'survey.xlsx' names a file that 'enclosures' does not: only the files named there are published, so the link leads nowhere; "
                + "add it to enclosures (- title: …, file: survey.xlsx), or correct the link",
            TestSite.Messages(result));
    }

    [Fact]
    public async Task A_link_differing_from_an_enclosure_only_in_capitals_is_offered_its_spelling()
    {
        WithLetter("ตาม[แบบตอบรับ](reply-form.pdf)");
        var message = Assert.Single(TestSite.Messages(await _site.BuildAsync()), m => m.Contains("link '", StringComparison.Ordinal));
        Assert.EndsWith("write the name as enclosures has it (Reply-Form.pdf): capitals count on the site", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enclosures_files_however_linked_and_other_kinds_of_link_are_not_warned_at()
    {
        WithLetter("ตาม[แบบตอบรับ](Reply-Form.pdf) และ[แบบ](./Reply-Form.pdf#page=2) [คู่มือ](files/%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD.docx) "
            + "[หนังสือกรม](/circulars/b/) [เว็บไซต์](https://www.dla.go.th/form.pdf) [อีเมล](mailto:saraban@dla.go.th) [ข้อ ๑](#fn:1) [หนังสือ](../b/)\n\n"
            + "```\n[ตัวอย่าง](example.pdf)\n```");
        // The page the two links to a circular lead to (one that is not there is another check's: CircularPageLinkTests).
        _site.WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๗๗", "2025-01-08", "หนังสือที่อ้างถึง");
        Assert.DoesNotContain(TestSite.Messages(await _site.BuildAsync()), m => m.Contains("link '", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("www.dga.or.th")]
    [InlineData("WWW.DLA.GO.TH/form.pdf")]
    [InlineData("dga.or.th/contact")]
    [InlineData("example.com")]
    public async Task A_web_address_typed_without_https_is_told_to_add_it_not_to_list_a_file(string target)
    {
        // Found in review: www.dga.or.th ends like a file (.th), and was told to be added to enclosures.
        WithLetter($"ดูได้ที่[เว็บไซต์]({target})");
        var message = Assert.Single(TestSite.Messages(await _site.BuildAsync()), m => m.Contains("link '", StringComparison.Ordinal));
        Assert.EndsWith($"link '{target}' is a web address without https://, so it leads to a file of that name beside the page; write https://{target}", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_whose_name_has_dots_is_still_a_file()
    {
        WithLetter("กรอก[แบบ](form.v2.xlsx)");
        var message = Assert.Single(TestSite.Messages(await _site.BuildAsync()), m => m.Contains("link '", StringComparison.Ordinal));
        Assert.Contains("names a file that 'enclosures' does not", message, StringComparison.Ordinal);
    }
}
