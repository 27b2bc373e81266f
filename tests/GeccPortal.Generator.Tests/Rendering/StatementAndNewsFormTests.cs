using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// A statement (แถลงการณ์) and a news release (ข่าว), the หนังสือประชาสัมพันธ์ other than ประกาศ (site probe 11): with no type
/// of their own, a news release typed as an announcement printed "ประกาศกระทรวงมหาดไทย" and "ประกาศ ณ วันที่". Their forms
/// are the centred heading (the kind and the agency, เรื่อง), the text, then the agency's name and the date; no number needed.
/// </summary>
public sealed class StatementAndNewsFormTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_news_release_without_a_number_prints_its_heading_the_text_then_the_agency_and_the_date()
    {
        _site.With("content/circulars/news.md",
            "---\ndate: 2025-04-14\ntitle: เตือนประชาชนระวังอัคคีภัยช่วงสงกรานต์\ntype: news\nissuer: กระทรวงมหาดไทย\n---\nปลัดกระทรวงมหาดไทยขอให้ประชาชนปิดวาล์วถังแก๊สก่อนออกจากบ้าน\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));
        Assert.Empty(TestSite.Messages(result));

        var page = Page("news");
        page.AssertInOrder(".centred-heading .heading-kind", ".centred-heading .heading-subject h1.title", ".letter-body",
            ".letter-issued-by .issued-by-agency", ".letter-issued-by .issued-by-date");
        Assert.Equal("ข่าวกระทรวงมหาดไทย", page.Text(".heading-kind"));
        Assert.Equal("ข่าว", page.Text(".letter-marks .type"));
        Assert.Equal("กระทรวงมหาดไทย", page.Text(".issued-by-agency"));
        Assert.Equal("๑๔ เมษายน ๒๕๖๘", page.Text(".issued-by-date"));
        Assert.Empty(page.Document.QuerySelectorAll(".issued-on, .letter-signature, .letter-head, .letter-fields, .letter-contact"));
        // Lists and feeds name a letter without a number by its heading.
        Assert.Contains("ข่าวกระทรวงมหาดไทย เรื่อง เตือนประชาชนระวังอัคคีภัยช่วงสงกรานต์", _site.ReadOutput("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_is_read_by_its_thai_name_its_heading_typed_in_the_title_is_left_off_and_a_signer_and_addressee_are_warned_at()
    {
        _site.With("content/circulars/statement.md",
            "---\ndate: 2025-05-02\ntitle: แถลงการณ์กรมการปกครอง เรื่อง ข้อเท็จจริงกรณีข่าวการทำบัตร\ntype: แถลงการณ์\nissuer: กรมการปกครอง\n"
            + "to: ประชาชนทั่วไป\nsigner:\n  name: นายทดสอบ ระบบ\n  position: อธิบดีกรมการปกครอง\n---\nข่าวดังกล่าวไม่เป็นความจริง\n\nกรมการปกครอง\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);

        var messages = TestSite.Messages(result);
        Assert.Contains(messages, m => m.Contains("statement.md:3:", StringComparison.Ordinal) && m.Contains("as the statement's heading", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("statement.md:6:", StringComparison.Ordinal) && m.Contains("'to' (เรียน): a statement (แถลงการณ์) has no addressee line", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("statement.md:8:", StringComparison.Ordinal) && m.Contains("'signer': a statement (แถลงการณ์) is not signed", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("statement.md:13:1: warning: the text ends with the issuing agency's name", StringComparison.Ordinal));

        var page = Page("statement");
        Assert.Equal("แถลงการณ์กรมการปกครอง", page.Text(".heading-kind"));
        Assert.Equal("ข้อเท็จจริงกรณีข่าวการทำบัตร", page.Text(".heading-subject h1"));
        Assert.Single(page.Document.QuerySelectorAll(".letter-body p"));
        Assert.Empty(page.Document.QuerySelectorAll(".letter-signature, .to"));
    }

    private HtmlPage Page(string slug) => new(_site.ReadOutput($"circulars/{slug}/index.html"));
}
