using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>A circular with neither body text nor an attached file: a warning, as its page would show only the heading.</summary>
public sealed class EmptyLetterTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private const string Warning =
        $"{Path}:1:1: warning: the letter has no text and no attached file; readers will see only its title: paste the text below the front matter, or attach the letter's file in 'enclosures'";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("\n   \n\t\n")]
    public async Task No_text_and_no_file_is_a_warning_on_every_build(string body)
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", body: body);

        var first = await _site.BuildAsync();
        var second = await _site.BuildAsync();

        Assert.True(first.Succeeded);
        Assert.Equal([Warning], TestSite.Messages(first));
        // The file is not taken from the cache, where its body would go unread: the warning stays until fixed.
        Assert.Equal([Warning], TestSite.Messages(second));
    }

    [Fact]
    public async Task An_enclosure_that_only_cites_another_letter_does_not_count_as_content()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            "enclosures:\n  - title: สำเนาหนังสือ\n    ref: มท ๐๘๑๐.๓/ว ๗๖\n    date: 2025-01-07", body: "");
        Assert.Contains(Warning, TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task An_attached_file_is_content_enough()
    {
        _site.With("content/circulars/a/letter.txt", "ด้วยกรมส่งเสริมการปกครองท้องถิ่น")
            .WithCircular("content/circulars/a/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
                "enclosures:\n  - title: หนังสือ\n    file: letter.txt", body: "");
        Assert.Empty(TestSite.Messages(await _site.BuildAsync()));
    }

    [Fact]
    public async Task A_draft_is_not_checked()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "draft: true", body: "");
        Assert.Empty(TestSite.Messages(await _site.CheckAsync()));
    }
}
