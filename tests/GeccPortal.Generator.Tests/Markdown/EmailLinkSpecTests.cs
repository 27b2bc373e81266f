using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>
/// Bare e-mail addresses in a letter's text are links (an editors' probe, 2026-11-29, found web addresses linked and
/// e-mail addresses not); spec: <c>EmailLinks.md</c>.
/// </summary>
public sealed class EmailLinkSpecTests
{
    private static readonly MarkdownConverter Converter = new();

    public static TheoryData<int, string, string> Examples => MarkdownSpec.Examples("EmailLinks.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(int line, string markdown, string expectedHtml)
    {
        var html = Converter.Convert(markdown).Html.Trim();
        Assert.True(expectedHtml == html, $"EmailLinks.md line {line}\nexpected:\n{expectedHtml}\nactual:\n{html}");
    }

    [Fact]
    public void Spec_file_has_examples() => Assert.True(Examples.Count >= 6);

    [Fact]
    public void The_plain_text_for_search_is_unchanged_and_the_body_needs_no_sanitiser()
    {
        const string Markdown = "ส่งที่ saraban@dla.go.th ภายในกำหนด";
        Assert.Equal("ส่งที่ saraban@dla.go.th ภายในกำหนด", Converter.Convert(Markdown).PlainText);
        Assert.False(Converter.NeedsSanitizer(Markdown));
        Assert.Equal(Converter.ConvertSanitized(Markdown).Html, Converter.Convert(Markdown).Html);
    }

    [Fact]
    public async Task A_letters_page_links_the_address_in_its_text()
    {
        using var site = new TestSite();
        site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            body: "จึงขอให้ส่งแบบรายงานทางไปรษณีย์อิเล็กทรอนิกส์saraban@dla.go.th ภายในวันที่ ๓๐ มกราคม ๒๕๖๘");
        Assert.True((await site.BuildAsync()).Succeeded);
        var link = new HtmlPage(site.ReadOutput("circulars/a/index.html")).One(".letter-body a[href^='mailto:']");
        Assert.Equal("mailto:saraban@dla.go.th", link.GetAttribute("href"));
        Assert.Equal("saraban@dla.go.th", link.TextContent);
    }
}
