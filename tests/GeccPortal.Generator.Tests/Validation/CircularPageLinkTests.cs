using GeccPortal.Generator.Content;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>
/// A link in a letter's text to a circular's page that is not published (site probe 11, README's known gap): it led to
/// the site's "not found" page unwarned, since whether a page exists is known only across files and the source cache
/// keeps no text. The loader keeps each such link's slug (the cache too), and the cross-file checks warn at it.
/// </summary>
public sealed class CircularPageLinkTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/circulars/2568-dla-w76/", "2568-dla-w76")]
    [InlineData("/circulars/2568-dla-w76/#text", "2568-dla-w76")]
    [InlineData("/circulars/2568-dla-w76/form.pdf", "2568-dla-w76")]
    [InlineData("/sub/circulars/2568-dla-w76/", "2568-dla-w76")]
    [InlineData("../2568-dla-w76/", "2568-dla-w76")]
    [InlineData("../2568-dla-w76", "2568-dla-w76")]
    [InlineData("/circulars/%E0%B8%81/", "ก")]
    [InlineData("form.pdf", null)]
    [InlineData("./attachments/form.pdf", null)]
    [InlineData("/circulars/", null)]
    [InlineData("/circulars/page/2/", null)]
    [InlineData("/fiscal-years/2568/", null)]
    [InlineData("https://example.go.th/circulars/x/", null)]
    [InlineData("//example.go.th/circulars/x/", null)]
    [InlineData("mailto:saraban@dla.go.th", null)]
    [InlineData("#top", null)]
    [InlineData("/a/b/circulars/x/", null)]
    public void A_link_names_a_circulars_page_by_the_segment_after_circulars(string target, string? slug) =>
        Assert.Equal(slug, CircularPageLinks.SlugOf(target));

    [Fact]
    public async Task A_link_to_a_page_no_published_circular_has_is_warned_at_its_place_and_others_are_not()
    {
        _site.WithCircular("content/circulars/2568-dla-w76.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "มาตรฐาน")
            .WithCircular("content/circulars/2568-dla-w80.md", "มท ๐๘๑๐.๓/ว ๘๐", "2025-01-08", "ร่าง", "draft: true")
            .WithCircular("content/circulars/amphoe.md", "นพ ๐๐๒๓.๑๒/ว ๘๘", "2025-01-20", "ส่งต่อ", body:
                "ดูหนังสือ [ว ๗๖](/circulars/2568-dla-w76/) และ [ว ๗๖ อีกครั้ง](../2568-dla-w76/)\n\n"
                + "และ [ว ๙๙](/circulars/2568-dla-w99/) และ [ร่าง](/circulars/2568-dla-w80/)\n\n"
                + "```\n[ตัวอย่าง](/circulars/example/)\n```\n\n[ทั้งหมด](/circulars/)");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);

        var messages = TestSite.Messages(result);
        Assert.Equal(2, messages.Count);
        Assert.StartsWith("content/circulars/amphoe.md:8:12: warning: link '/circulars/2568-dla-w99/' leads to no circular's page", messages[0], StringComparison.Ordinal);
        // w99 is spelt nearly as w76 but numbers another letter: no "did you mean".
        Assert.DoesNotContain("did you mean", messages[0], StringComparison.Ordinal);
        // A draft's page is not published either.
        Assert.StartsWith("content/circulars/amphoe.md:8:49: warning: link '/circulars/2568-dla-w80/'", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slug_mistyped_in_its_letters_is_offered_the_published_one()
    {
        _site.WithCircular("content/circulars/2568-dla-w76.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "มาตรฐาน")
            .WithCircular("content/circulars/amphoe.md", "นพ ๐๐๒๓.๑๒/ว ๘๘", "2025-01-20", "ส่งต่อ", body: "ดู [ว ๗๖](/circulars/2568-dal-w76/)");
        var result = await _site.BuildAsync();

        var warning = Assert.Single(TestSite.Messages(result));
        Assert.Contains("did you mean circulars/2568-dla-w76/?", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_letter_from_the_cache_is_warned_once_the_page_it_links_to_is_gone()
    {
        _site.WithCircular("content/circulars/2568-dla-w76.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "มาตรฐาน")
            .WithCircular("content/circulars/amphoe.md", "นพ ๐๐๒๓.๑๒/ว ๘๘", "2025-01-20", "ส่งต่อ", body: "ดู [ว ๗๖](/circulars/2568-dla-w76/)");
        var first = await _site.BuildAsync();
        Assert.Empty(TestSite.Messages(first));

        // The linked letter renamed: the linking file is unchanged, so its text comes from nowhere but the cache.
        File.Move(Path.Combine(_site.ContentDirectory, "circulars", "2568-dla-w76.md"), Path.Combine(_site.ContentDirectory, "circulars", "dla-76.md"));
        var second = await _site.BuildAsync();

        var warning = Assert.Single(TestSite.Messages(second));
        Assert.StartsWith("content/circulars/amphoe.md:6:11: warning: link '/circulars/2568-dla-w76/' leads to no circular's page", warning, StringComparison.Ordinal);
    }
}
