using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// A letter's text pasted from the paper with the lines the form prints above it (site probe 9, 2026-11-29): the page
/// printed เรื่อง and เรียน twice, once from the front matter and again at the text's start. They are left off, with a
/// warning naming the lines; a line whose field the front matter lacks, or one after the text has begun, is kept.
/// Site probe 10 found the rest of a head pasted from a PDF kept: a wrapped เรื่อง's second line (the warning said it was
/// left off), the issuer's address and the date between ที่ and เรื่อง (so เรื่อง and เรียน stayed), an order's heading,
/// and เรื่อง and เรียน pasted again below the first paragraph.
/// </summary>
public sealed class PastedHeadLineTests : IDisposable
{
    private const string Extra = "to: ผู้ว่าราชการจังหวัด ทุกจังหวัด\nenclosures:\n  - title: แบบรายงาน\n  - title: คู่มือ";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_pasted_head_lines_are_left_off_with_a_warning_naming_them()
    {
        // The body starts at line 10.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การประชุมชี้แจง", Extra,
            "เรื่อง  การประชุมชี้แจง\n\nเรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n\nสิ่งที่ส่งมาด้วย ๑. แบบรายงาน\n๒. คู่มือ\n\nด้วยกรมขอเชิญประชุม\n\nเรื่อง อื่น ในข้อความ");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            ["content/circulars/a.md:10:1: warning: the text starts with the letter's เรื่อง, เรียน, สิ่งที่ส่งมาด้วย as printed above it, which the page prints itself from the front matter: they are left off here; delete lines 10–15"],
            TestSite.Messages(result));
        var body = new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p");
        Assert.Equal(["ด้วยกรมขอเชิญประชุม", "เรื่อง อื่น ในข้อความ"], body);
    }

    [Theory]
    // No enclosures in the front matter: the page prints none, so the line is the text's.
    [InlineData("อ้างถึง หนังสือกรม\n\nด้วยกรม")]
    // The text's own first words.
    [InlineData("ด้วยกรม\n\nเรียน ท่านผู้อ่าน")]
    [InlineData("เรื่องนี้ด่วน\n\nด้วยกรม")]
    public async Task Other_starts_are_kept_without_a_warning(string body)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การประชุมชี้แจง", "to: ผู้ว่าราชการจังหวัด", body);
        var result = await _site.BuildAsync();
        Assert.Empty(TestSite.Messages(result));
        Assert.Contains(body.Split('\n')[0], new HtmlPage(_site.ReadOutput("circulars/a/index.html")).One(".letter-body").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_pasted_from_a_pdf_is_left_off_whole_with_its_urgency_address_date_and_wrapped_subject()
    {
        const string Front = "urgency: ด่วนที่สุด\nissuer: |-\n  ศาลากลางจังหวัดนครพนม\n  ถนนอภิบาลบัญชา นพ. ๔๘๐๐๐\nto: นายอำเภอทุกอำเภอ";
        // The body starts at line 11.
        _site.WithCircular("content/circulars/a.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2025-01-23", "การขอรับการรับรองมาตรฐานของศูนย์ราชการสะดวก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", Front,
            "ด่วนที่สุด\nที่ นพ ๐๐๒๓.๓/ว ๒๗๔\nศาลากลางจังหวัดนครพนม\nถนนอภิบาลบัญชา  นพ. ๔๘๐๐๐\n๒๓ มกราคม ๒๕๖๘\n"
            + "เรื่อง การขอรับการรับรองมาตรฐานของศูนย์ราชการสะดวก\nประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nเรียน นายอำเภอทุกอำเภอ\n\nด้วยจังหวัดนครพนมได้รับแจ้ง");
        var result = await _site.BuildAsync();
        Assert.Equal(
            ["content/circulars/a.md:11:1: warning: the text starts with the letter's urgency, ที่, issuer, date, เรื่อง, เรียน as printed above it, which the page prints itself from the front matter: they are left off here; delete lines 11–18"],
            TestSite.Messages(result));
        Assert.Equal(["ด้วยจังหวัดนครพนมได้รับแจ้ง"], new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p"));
    }

    [Fact]
    public async Task A_wrapped_subjects_next_line_goes_with_it_but_a_line_that_does_not_continue_it_stays()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การขอรับการสนับสนุนงบประมาณเพื่อพัฒนาศูนย์พัฒนาเด็กเล็ก", "",
            "เรื่อง การขอรับการสนับสนุนงบประมาณเพื่อพัฒนา\nศูนย์พัฒนาเด็กเล็ก\nด้วยกรมได้รับจัดสรรงบประมาณ");
        var result = await _site.BuildAsync();
        Assert.Equal(
            ["content/circulars/a.md:6:1: warning: the text starts with the letter's เรื่อง as printed above it, which the page prints itself from the front matter: they are left off here; delete lines 6–7"],
            TestSite.Messages(result));
        Assert.Equal(["ด้วยกรมได้รับจัดสรรงบประมาณ"], new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p"));
    }

    [Fact]
    public async Task An_orders_heading_pasted_above_its_number_and_subject_is_left_off()
    {
        _site.WithCircular("content/circulars/a.md", "นพ ๑๓๒/๒๕๖๘", "2025-03-05", "แต่งตั้งคณะกรรมการตรวจรับพัสดุ", "type: order\nissuer: จังหวัดนครพนม",
            "คำสั่งจังหวัด นครพนม\nที่ ๑๓๒/๒๕๖๘\nเรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ\n\nด้วยจังหวัดนครพนมได้จัดซื้อครุภัณฑ์");
        var result = await _site.BuildAsync();
        Assert.Equal(
            ["content/circulars/a.md:8:1: warning: the text starts with the letter's heading, ที่, เรื่อง as printed above it, which the page prints itself from the front matter: they are left off here; delete lines 8–10"],
            TestSite.Messages(result));
        Assert.Equal(["ด้วยจังหวัดนครพนมได้จัดซื้อครุภัณฑ์"], new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p"));
    }

    [Fact]
    public async Task The_subject_and_addressee_lines_pasted_again_below_the_first_paragraph_are_left_off_with_a_warning_each()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การประชุมชี้แจง", "to: ผู้ว่าราชการจังหวัด ทุกจังหวัด",
            "ด้วยกรมจะจัดประชุม\n\nเรื่อง  การประชุมชี้แจง\n\nเรียน ผู้ว่าราชการจังหวัดทุกจังหวัด\n\nเรื่อง การประชุมชี้แจงครั้งที่แล้ว ได้เลื่อนไป\n\nจึงขอเชิญประชุม");
        var result = await _site.BuildAsync();
        Assert.Equal(
            [
                "content/circulars/a.md:9:1: warning: this line repeats the letter's เรื่อง line, which the page prints above the text from the front matter: it is left off here; delete the line",
                "content/circulars/a.md:11:1: warning: this line repeats the letter's เรียน line, which the page prints above the text from the front matter: it is left off here; delete the line",
            ],
            TestSite.Messages(result));
        Assert.Equal(["ด้วยกรมจะจัดประชุม", "เรื่อง การประชุมชี้แจงครั้งที่แล้ว ได้เลื่อนไป", "จึงขอเชิญประชุม"],
            new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p"));
    }

    [Fact]
    public async Task A_title_typed_with_its_label_is_matched_as_the_page_prints_it()
    {
        // Found in review: title: เรื่อง … kept its label in the comparison, so the wrapped and repeated lines never matched.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง การขอรับการสนับสนุนงบประมาณเพื่อพัฒนาศูนย์พัฒนาเด็กเล็ก", "",
            "เรื่อง การขอรับการสนับสนุนงบประมาณเพื่อพัฒนา\nศูนย์พัฒนาเด็กเล็ก\nด้วยกรมได้รับจัดสรรงบประมาณ\n\nเรื่อง การขอรับการสนับสนุนงบประมาณเพื่อพัฒนาศูนย์พัฒนาเด็กเล็ก\n\nจึงเรียนมา");
        var result = await _site.BuildAsync();
        var messages = TestSite.Messages(result);
        Assert.Contains(messages, m => m.StartsWith("content/circulars/a.md:6:1: warning: the text starts with the letter's เรื่อง", StringComparison.Ordinal)
            && m.EndsWith("delete lines 6–7", StringComparison.Ordinal));
        Assert.Contains("content/circulars/a.md:10:1: warning: this line repeats the letter's เรื่อง line, which the page prints above the text from the front matter: it is left off here; delete the line", messages);
        Assert.Equal(["ด้วยกรมได้รับจัดสรรงบประมาณ", "จึงเรียนมา"], new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p"));
    }

    [Fact]
    public async Task A_subject_that_starts_with_the_word_keeps_it_when_matched()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่องร้องเรียนการทุจริตในโครงการก่อสร้าง", "",
            "ด้วยกรมได้รับเรื่องร้องเรียน\n\nเรื่อง เรื่องร้องเรียนการทุจริตในโครงการก่อสร้าง\n\nจึงเรียนมา");
        var result = await _site.BuildAsync();
        Assert.Contains("content/circulars/a.md:8:1: warning: this line repeats the letter's เรื่อง line, which the page prints above the text from the front matter: it is left off here; delete the line",
            TestSite.Messages(result));
        Assert.Equal(["ด้วยกรมได้รับเรื่องร้องเรียน", "จึงเรียนมา"], new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p"));
    }

    [Theory]
    // An urgency or a date as the text's first line, with no labelled line after it: the editor's own text.
    [InlineData("urgency: ด่วนที่สุด", "ด่วนที่สุด\n\nด้วยกรมขอให้ดำเนินการ")]
    [InlineData("", "๗ มกราคม ๒๕๖๘\n\nด้วยกรมขอให้ดำเนินการ")]
    public async Task A_head_line_without_a_label_alone_is_kept(string front, string body)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การประชุมชี้แจง", front, body);
        var result = await _site.BuildAsync();
        Assert.Empty(TestSite.Messages(result));
        Assert.Contains(body.Split('\n')[0], new HtmlPage(_site.ReadOutput("circulars/a/index.html")).One(".letter-body").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_title_typed_again_as_the_texts_heading_is_left_off_but_another_heading_stays()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ขอเชิญประชุม ประจำปี ๒๕๖๘", "",
            "# ขอเชิญประชุม ประจำปี  ๒๕๖๘\n\nด้วยกรมขอเชิญประชุม\n\n## กำหนดการ\n\nเวลา ๐๙.๐๐ น.");
        var result = await _site.BuildAsync();
        Assert.Equal(
            ["content/circulars/a.md:6:1: warning: the text starts with the letter's title as printed above it, which the page prints itself from the front matter: they are left off here; delete the line"],
            TestSite.Messages(result));
        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal(["กำหนดการ"], page.Texts(".letter-body :is(h2, h3, h4)"));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
    }
}
