using GeccPortal.Generator.Model;
using GeccPortal.Generator.Tests.Support;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// An order's or announcement's title typed with the heading its form prints above the subject, as the paper copy reads
/// (site probe 8, 2026-11-29: <c>ประกาศกรมบัญชีกลาง เรื่อง อัตราค่าเช่าบ้าน</c> printed ประกาศกรมบัญชีกลาง, then เรื่อง ประกาศกรมบัญชีกลาง
/// เรื่อง …). The heading is left off the title, with a warning at its line; a subject that starts with the word is kept.
/// </summary>
public sealed class HeadingInTitleTests : IDisposable
{
    private const string Signer = "signer:\n  name: นางทดสอบ ระบบ\n  position: อธิบดีกรมบัญชีกลาง\n";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_announcement_titled_with_its_heading_prints_it_once_and_is_warned_at()
    {
        _site.With("content/circulars/cgd.md",
            "---\ndate: 2025-04-01\ntitle: ประกาศกรมบัญชีกลาง เรื่อง อัตราค่าเช่าบ้านข้าราชการ\ntype: announcement\nissuer: กรมบัญชีกลาง\n" + Signer + "---\nข้อ ๑ ประกาศนี้ให้ใช้บังคับตั้งแต่วันที่ ๑ พฤษภาคม ๒๕๖๘\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            ["content/circulars/cgd.md:3:1: warning: title starts with 'ประกาศกรมบัญชีกลาง เรื่อง', which the page prints itself as the announcement's heading above the subject: it is left off here; write the subject alone (อัตราค่าเช่าบ้านข้าราชการ)"],
            TestSite.Messages(result));
        var page = new HtmlPage(_site.ReadOutput("circulars/cgd/index.html"));
        Assert.Equal("ประกาศกรมบัญชีกลาง", page.Text(".heading-kind"));
        Assert.Equal("อัตราค่าเช่าบ้านข้าราชการ", page.Text(".heading-subject h1.title"));
        Assert.Equal(1, CountOf(page.One(".centred-heading").TextContent, "ประกาศ"));
        Assert.DoesNotContain("ประกาศกรมบัญชีกลาง เรื่อง", _site.ReadOutput("index.html"));

        // Without a number, lists and the browser's tab name it by its heading, which its title no longer holds.
        Assert.Equal("ประกาศกรมบัญชีกลาง", new HtmlPage(_site.ReadOutput("circulars/index.html")).Text(".circular-summary .heading-name"));
        Assert.StartsWith("อัตราค่าเช่าบ้านข้าราชการ (ประกาศกรมบัญชีกลาง) |", page.Text("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unnumbered_announcement_is_named_by_its_heading_and_subject_in_the_feed_and_the_catalogs()
    {
        // Site probe 10: the feed's entry and the catalogs' row gave the subject alone, with no ref or agency to say whose.
        _site.With("content/circulars/cgd.md",
            "---\ndate: 2025-04-01\ntitle: อัตราค่าเช่าบ้านข้าราชการ\ntype: announcement\nissuer: กรมบัญชีกลาง\n" + Signer + "---\nข้อ ๑ ประกาศนี้ให้ใช้บังคับ\n")
            .WithCircular("content/circulars/numbered.md", "ที่ ๗/๒๕๖๘", "2025-04-02", "อัตราค่าเช่าบ้าน", "type: announcement\nissuer: กรมบัญชีกลาง\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Messages(result)));

        const string Named = "ประกาศกรมบัญชีกลาง เรื่อง อัตราค่าเช่าบ้านข้าราชการ";
        var feed = System.Xml.Linq.XDocument.Parse(_site.ReadOutput("feed.xml"));
        var titles = feed.Descendants(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom"))
            .Select(e => e.Element(System.Xml.Linq.XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value).ToList();
        Assert.Contains(Named, titles);
        Assert.Contains("อัตราค่าเช่าบ้าน (ประกาศกรมบัญชีกลาง ที่ ๗/๒๕๖๘)", titles);

        using var json = System.Text.Json.JsonDocument.Parse(_site.ReadOutput("catalog.json"));
        var rows = json.RootElement.GetProperty("circulars").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("title").GetString() == Named && r.GetProperty("ref").ValueKind == System.Text.Json.JsonValueKind.Null);
        // A numbered one is named by its ref, in a column of its own: its title stays the subject.
        Assert.Contains(rows, r => r.GetProperty("title").GetString() == "อัตราค่าเช่าบ้าน");
        Assert.Contains("," + Named + ",announcement,", _site.ReadOutput("catalog.csv"), StringComparison.Ordinal);
    }

    [Theory]
    // The title pasted from a PDF, its sara am split (ส ํ า), the issuer typed whole; and the other way round.
    [InlineData("ประกาศส\u0E4D\u0E32นักงานจังหวัดลำปาง อัตราค่าเช่าบ้าน", "สำนักงานจังหวัดลำปาง")]
    [InlineData("ประกาศสำนักงานจังหวัดลำปาง อัตราค่าเช่าบ้าน", "ส\u0E4D\u0E32นักงานจังหวัดลำปาง")]
    public async Task A_heading_the_page_leaves_off_a_repaired_title_is_warned_at_as_the_page_shows_it(string title, string issuer)
    {
        // Site probe 10: the check read the title as typed and the page the repaired one, so they disagreed.
        _site.With("content/circulars/lp.md",
            $"---\ndate: 2025-04-01\ntitle: {title}\ntype: announcement\nissuer: {issuer}\n" + Signer + "---\nข้อ ๑ ประกาศนี้ให้ใช้บังคับ\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        var message = Assert.Single(TestSite.Messages(result));
        Assert.StartsWith("content/circulars/lp.md:3:1: warning: title starts with 'ประกาศสำนักงานจังหวัดลำปาง', which the page prints itself", message, StringComparison.Ordinal);
        Assert.EndsWith("write the subject alone (อัตราค่าเช่าบ้าน)", message, StringComparison.Ordinal);
        Assert.Equal("อัตราค่าเช่าบ้าน", new HtmlPage(_site.ReadOutput("circulars/lp/index.html")).Text(".heading-subject h1.title"));
    }

    [Fact]
    public async Task An_orders_heading_with_its_number_is_left_off_too()
    {
        _site.WithCircular("content/circulars/order.md", "ที่ ๔๑๒/๒๕๖๘", "2025-02-28", "คำสั่งจังหวัดนครพนม ที่ ๔๑๒/๒๕๖๘ เรื่อง แต่งตั้งคณะกรรมการ",
            "type: order\nissuer: จังหวัดนครพนม\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Contains("warning: title starts with 'คำสั่งจังหวัดนครพนม ที่ ๔๑๒/๒๕๖๘ เรื่อง', which the page prints itself as the order's heading", Assert.Single(TestSite.Messages(result)));
        Assert.Equal("แต่งตั้งคณะกรรมการ", new HtmlPage(_site.ReadOutput("circulars/order/index.html")).Text(".heading-subject h1.title"));
    }

    [Theory]
    [InlineData("ประกาศกรมบัญชีกลาง เรื่อง อัตราค่าเช่าบ้าน", "announcement", "อัตราค่าเช่าบ้าน")]
    [InlineData("ประกาศ เรื่อง: อัตราค่าเช่าบ้าน", "announcement", "อัตราค่าเช่าบ้าน")]
    [InlineData("ประกาศกรม บัญชีกลาง อัตราค่าเช่าบ้าน", "announcement", "อัตราค่าเช่าบ้าน")]
    // The subject's own word, another body's name, or another form's letter: kept.
    [InlineData("ประกาศรายชื่อผู้มีสิทธิเข้ารับการประเมินสมรรถนะ", "announcement", "ประกาศรายชื่อผู้มีสิทธิเข้ารับการประเมินสมรรถนะ")]
    [InlineData("ประกาศกรมสรรพากร อัตราค่าเช่าบ้าน", "announcement", "ประกาศกรมสรรพากร อัตราค่าเช่าบ้าน")]
    [InlineData("ประกาศกรมบัญชีกลาง เรื่อง อัตราค่าเช่าบ้าน", "external", "ประกาศกรมบัญชีกลาง เรื่อง อัตราค่าเช่าบ้าน")]
    [InlineData("ประกาศกรมบัญชีกลาง", "announcement", "ประกาศกรมบัญชีกลาง")]
    [InlineData("คำสั่งแรกของปี", "order", "คำสั่งแรกของปี")]
    public void Only_the_heading_is_left_off(string title, string type, string shown) =>
        Assert.Equal(shown, HeadingInTitle.Strip(title, type, HeadingInTitle.BodiesOf("กรมบัญชีกลาง\nถนนพระราม ๖", CircularRef.Parse("ฉช ๐๐๑๗/ว ๑"))));

    private static int CountOf(string text, string word) => (text.Length - text.Replace(word, "", StringComparison.Ordinal).Length) / word.Length;
}
