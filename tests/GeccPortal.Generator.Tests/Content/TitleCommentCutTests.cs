using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>An unquoted title with <c> #</c> in it is cut there by YAML (the rest is a comment): a warning at its line.</summary>
public sealed class TitleCommentCutTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string Cut(int line, string key = "title", int column = 1) =>
        $"{Path}:{line}:{column}: warning: '{key}' is cut at ' #': YAML reads the rest of the line as a comment; put the whole {key} in double quotes ({key}: \"… #…\")";

    [Fact]
    public async Task An_unquoted_title_with_a_hash_is_a_warning_at_its_line()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ประชุมครั้งที่ #2 เรื่องงบประมาณ");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal([Cut(4)], TestSite.Messages(result));
        Assert.Equal("ประชุมครั้งที่", result.Site!.Circulars[0].Title);
    }

    [Fact]
    public async Task Enclosure_and_reference_titles_are_checked_too()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            "enclosures:\n  - title: แบบ #1\nreferences:\n  - ref: มท ๐๘๑๐.๓/ว ๗๖\n    date: 2024-01-07\n    title: หนังสือ   # ฉบับแรก");

        var messages = TestSite.Messages(await _site.CheckAsync());

        Assert.Contains(Cut(6, column: 5), messages);
        Assert.Contains(Cut(10, column: 5), messages);
    }

    [Theory]
    [InlineData("\"ประชุมครั้งที่ #2\"")]
    [InlineData("'ประชุมครั้งที่ #2'")]
    [InlineData("ประชุมครั้งที่#2")]
    [InlineData("ประชุม C# และ .NET")]
    public async Task A_quoted_title_or_a_hash_inside_a_word_is_no_warning(string title)
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", title);
        Assert.Empty(TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_comment_after_a_setting_is_no_warning()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖  # เลขที่หนังสือ", "2025-01-07  # or ๗ มกราคม ๒๕๖๘", "เรื่อง", "type: external  # external, internal");
        Assert.Empty(TestSite.Messages(await _site.CheckAsync()));
    }
}
