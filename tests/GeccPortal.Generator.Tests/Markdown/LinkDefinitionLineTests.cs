using AngleSharp.Html.Parser;

using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>
/// A reference-style definition other than a footnote (site probe 8, 2026-11-29): <c>[1]: ข้อความ</c> vanished from the
/// page and its mark <c>[1]</c> became a link to the Thai text; an address no link used vanished too, and so did a
/// footnote without its mark. Each is kept as typed, with a warning at its line; a definition a link uses still works.
/// </summary>
public sealed class LinkDefinitionLineTests : IDisposable
{
    private static readonly MarkdownConverter Converter = new();

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static AngleSharp.Dom.IDocument Html(string body) => new HtmlParser().ParseDocument(Converter.Convert(body).HtmlWithNotes);

    [Fact]
    public void A_note_typed_as_a_definition_is_shown_as_typed_and_its_mark_is_no_link()
    {
        var document = Html("ตามหนังสือที่อ้างถึง[1] ว่า เปิดรับสมัคร\n\n[1]: ปัจจุบันเปลี่ยนเป็นระบบออนไลน์ทั้งหมด\n\nจึงเรียนมาเพื่อโปรดทราบ");
        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Equal(["ตามหนังสือที่อ้างถึง[1] ว่า เปิดรับสมัคร", "[1]: ปัจจุบันเปลี่ยนเป็นระบบออนไลน์ทั้งหมด", "จึงเรียนมาเพื่อโปรดทราบ"],
            document.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void A_used_address_works_as_Markdown_says_and_an_unused_one_is_shown_as_typed_each_on_its_line()
    {
        var document = Html("ดูที่ [เว็บไซต์ศูนย์ราชการสะดวก][psc] และ [แบบฟอร์ม]\n\n[psc]: https://www.psc.opm.go.th\n[dla]: https://www.dla.go.th\n[แบบฟอร์ม]: แบบฟอร์ม.pdf\n[2]: ข้อมูล ณ วันที่ ๑ ม.ค.");
        Assert.Equal(["https://www.psc.opm.go.th", "%E0%B9%81%E0%B8%9A%E0%B8%9A%E0%B8%9F%E0%B8%AD%E0%B8%A3%E0%B9%8C%E0%B8%A1.pdf", "https://www.dla.go.th"],
            document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // The last line is no definition at all (its spaces), so Markdown kept it already.
        Assert.Equal(["ดูที่ เว็บไซต์ศูนย์ราชการสะดวก และ แบบฟอร์ม", "[dla]: https://www.dla.go.th", "[2]: ข้อมูล ณ วันที่ ๑ ม.ค."],
            document.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void Notes_typed_one_under_another_stay_one_a_line()
    {
        var document = Html("ข้อความ\n\n[1]: หมายเหตุแรก\n[2]: หมายเหตุที่สอง");
        Assert.Equal(["ข้อความ", "[1]: หมายเหตุแรก", "[2]: หมายเหตุที่สอง"], document.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void A_footnote_without_its_mark_is_shown_as_typed_beside_one_that_has_it()
    {
        var document = Html("ข้อความ[^2]\n\n[^1]: หมายเหตุที่ไม่มีเครื่องหมาย\n\n[^2]: หมายเหตุที่มีเครื่องหมาย");
        Assert.Contains("[1]: หมายเหตุที่ไม่มีเครื่องหมาย", document.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal("หมายเหตุที่มีเครื่องหมาย", document.QuerySelector(".footnotes li")!.TextContent.Replace("↩", "").Trim());
    }

    [Theory]
    [InlineData("https://www.dla.go.th", true)]
    [InlineData("mailto:saraban@dla.go.th", true)]
    [InlineData("/circulars/a/", true)]
    [InlineData("./application.pdf", true)]
    [InlineData("แบบฟอร์ม.pdf", true)]
    [InlineData("www.dla.go.th", true)]
    [InlineData("ข้อมูลจากกรมควบคุมโรค", false)]
    [InlineData("ม.ค.", false)]
    [InlineData("๒๕๖๘", false)]
    public void An_address_is_told_from_text(string url, bool isAddress) => Assert.Equal(isAddress, LinkDefinitionLines.IsAddress(url));

    [Fact]
    public async Task Each_hidden_line_is_warned_at_with_its_file_and_line_in_letters_and_pages()
    {
        // The body starts at line 6 of the circular and at line 4 of the page.
        const string Body = "ข้อความ[1] ดู [เว็บ][a]\n\n[1]: หมายเหตุ\n[a]: https://www.dla.go.th\n[b]: https://www.psc.opm.go.th\n\n[^3]: โน้ต";
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", body: Body)
            .With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\n" + Body + "\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        var expected = new[]
        {
            ":8:1: warning: this line, '[1]: หมายเหตุ', is written as the address of a link named [1], but holds no address, so Markdown would hide it: the page shows it as typed; for a note under the text, write [^1] where it belongs and begin this line with [^1]:",
            ":10:1: warning: this line, '[b]: https://www.psc.opm.go.th', gives the address of a link named [b], but no link in the text uses it, so Markdown would hide it: the page shows it as typed; write [the link's words][b] where the link belongs, or delete the line",
            ":12:1: warning: this note, '[^3]: โน้ต', has no mark [^3] in the text, so Markdown would not print it: the page shows it as typed; write [^3] where the note belongs",
        };
        Assert.Equal([.. expected.Select(m => "content/circulars/a.md" + m), .. expected.Select(m => "content/pages/about.md" + ShiftLine(m, -2))],
            TestSite.Messages(result));
        foreach (var page in new[] { "circulars/a/index.html", "about/index.html" })
        {
            var text = new HtmlPage(_site.ReadOutput(page)).One("main").TextContent;
            Assert.Contains("[1]: หมายเหตุ", text);
            Assert.Contains("[b]: https://www.psc.opm.go.th", text);
            Assert.Contains("[3]: โน้ต", text);
        }
    }

    private static string ShiftLine(string message, int by)
    {
        var parts = message.Split(':', 3);
        return $":{int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + by}:{parts[2]}";
    }
}
