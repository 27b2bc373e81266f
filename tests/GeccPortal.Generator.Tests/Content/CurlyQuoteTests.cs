using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>
/// Front matter typed in Word, which turns straight quotes into curly ones as they are typed (site probe 8,
/// 2026-11-29): YAML does not read “ ” or ‘ ’ as quotes, so the page showed <c>‘ผู้ว่าราชการจังหวัด’</c> with them, and a
/// date in them was refused as no date. The value is read without them, with a warning at it.
/// </summary>
public sealed class CurlyQuoteTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_value_in_curly_quotes_is_shown_without_them_with_a_warning_at_each()
    {
        _site.With(Path, "---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: “๗ มกราคม ๒๕๖๘”\ntitle: “การจัดงานวันแม่แห่งชาติ”\nto:\n  - ‘ผู้ว่าราชการจังหวัด’\n  - นายอำเภอ\ntags: ”วันแม่”\n---\nเนื้อความ\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        static string Warning(int line, int column, string key) =>
            $"{Path}:{line}:{column}: warning: '{key}' is typed between curly quotes (“ ” or ‘ ’, as Word puts them in), which YAML does not read as quotes: the page shows it without them; delete them, or type straight quotes (\")";
        Assert.Equal([Warning(3, 7, "date"), Warning(4, 8, "title"), Warning(6, 5, "to"), Warning(8, 7, "tags")], TestSite.Messages(result));

        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal("การจัดงานวันแม่แห่งชาติ", page.One("h1.title").TextContent);
        Assert.Equal("ผู้ว่าราชการจังหวัด", page.One(".to li").TextContent);
        Assert.Equal("2025-01-07", page.One(".letter-head time").GetAttribute("datetime"));
    }

    [Theory]
    // Quotes round a part of the value, or two quoted parts, are the letter's own.
    [InlineData("title: ขอเชิญร่วมโครงการ “GECC Online”")]
    [InlineData("title: “ก” และ “ข”")]
    // Straight quotes are YAML's own, and a curly pair inside them is the text's.
    [InlineData("title: \"“ทดสอบ”\"")]
    public async Task Other_quotes_are_kept_as_written(string line)
    {
        _site.With(Path, $"---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\n{line}\n---\nเนื้อความ\n");
        var result = await _site.BuildAsync();
        Assert.Empty(TestSite.Messages(result));
        var title = new HtmlPage(_site.ReadOutput("circulars/a/index.html")).One("h1.title").TextContent;
        Assert.Contains("”", title, StringComparison.Ordinal);
    }
}
