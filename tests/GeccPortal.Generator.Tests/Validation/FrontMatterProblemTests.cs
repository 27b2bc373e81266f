using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>
/// A file that cannot be cut into front matter and text is named for its own slip, at its line: not one
/// "missing front matter" message for a file whose first line was right (an editors' probe, 2026-11-29).
/// </summary>
public sealed class FrontMatterProblemTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private async Task<IReadOnlyList<string>> Problems() => TestSite.Messages(await _site.CheckAsync());

    [Fact]
    public async Task Front_matter_never_closed_names_the_line_after_which_the_closing_line_goes()
    {
        _site.With(Path, "---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: เรื่อง\n\nเนื้อความของหนังสือ\n");
        Assert.Equal(
            [$"{Path}:6:1: error: the front matter opened on line 1 is never closed: put a line '---' after line 4, its last 'key: value' line, before the text that starts here"],
            await Problems());
    }

    [Fact]
    public async Task Front_matter_never_closed_and_no_text_points_at_its_opening_line()
    {
        _site.With(Path, "---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: เรื่อง\nto:\n  - นายอำเภอ\n");
        Assert.Equal(
            [$"{Path}:1:1: error: the front matter opened here is never closed: put a line '---' after line 6, its last 'key: value' line"],
            await Problems());
    }

    [Theory]
    [InlineData("----")]
    [InlineData("--")]
    [InlineData("- - -")]
    [InlineData("———")]
    public async Task Closing_line_that_is_not_three_hyphens_is_named_at_its_line(string fence)
    {
        _site.With(Path, $"---\r\nref: มท ๐๘๑๐.๓/ว ๗๖\r\ndate: 2025-01-07\r\ntitle: เรื่อง\r\n{fence}\r\nเนื้อความ\r\n");
        Assert.Equal(
            [$"{Path}:5:1: error: the front matter must be closed by a line of exactly three hyphens '---', not '{fence}'"],
            await Problems());
    }

    [Fact]
    public async Task Opening_line_that_is_not_three_hyphens_is_named()
    {
        _site.With(Path, "----\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: เรื่อง\n---\nเนื้อความ\n");
        Assert.Equal(
            [$"{Path}:1:1: error: the front matter must open with a line of exactly three hyphens '---', not '----'"],
            await Problems());
    }

    [Fact]
    public async Task Blank_lines_above_the_front_matter_are_named()
    {
        _site.With(Path, "\n\n---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: เรื่อง\n---\nเนื้อความ\n");
        Assert.Equal(
            [$"{Path}:1:1: error: the front matter must start on the first line: delete the blank lines above its '---'"],
            await Problems());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public async Task Empty_file_says_it_is_empty(string text)
    {
        _site.With(Path, text);
        Assert.Equal(
            [$"{Path}:1:1: error: the file is empty: write a '---' line, the 'key: value' lines (ref, date, title), another '---' line, then the text"],
            await Problems());
    }

    [Fact]
    public async Task A_plain_page_gets_the_same_message()
    {
        _site.With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n\nข้อความ\n");
        Assert.Equal(
            ["content/pages/about.md:4:1: error: the front matter opened on line 1 is never closed: put a line '---' after line 2, its last 'key: value' line, before the text that starts here"],
            await Problems());
    }
}
