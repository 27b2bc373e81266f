using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// The forms of คำสั่ง (order) and ประกาศ (announcement) from the Regulation on Correspondence: a centred heading
/// (the kind and the agency, an order's ที่ number/year, เรื่อง, a short rule), the body, "… ณ วันที่" and the
/// signer, with none of the external letter's parts; and a directive, which keeps the external letter's form.
/// </summary>
public sealed class OrderAndAnnouncementFormTests : IDisposable
{
    private const string Signer = "signer:\n  name: นายทดสอบ ระบบ\n  position: ผู้ว่าราชการจังหวัดนครพนม\n";

    // Every part of the external letter's and the memo's forms that an order or announcement must not print.
    private const string OtherFormsParts = ".letter-head, .letter-fields, .closing, .letter-contact, .memo-heading, .memo-fields, .memo-to";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_order_prints_its_centred_heading_then_the_body_the_date_it_was_given_and_the_signer()
    {
        _site.WithCircular("content/circulars/order.md", "นพ ๑๒๓/๒๕๖๘", "2025-01-07", "แต่งตั้งคณะทำงาน", "type: order\nissuer: จังหวัดนครพนม\n" + Signer,
            "จึงแต่งตั้งคณะทำงาน\n\nทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป");
        var result = await _site.BuildAsync();
        // An order has no เรียน and no contact: leaving them out is no problem to report.
        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Messages(result));

        var page = Page("order");
        page.AssertInOrder(".centred-heading .heading-kind", ".centred-heading .heading-number", ".centred-heading .heading-subject h1.title",
            ".centred-heading hr.heading-rule", ".letter-body", ".issued-on", ".letter-signature .signer-name", ".letter-signature .signer-position");
        Assert.Equal("คำสั่งจังหวัดนครพนม", page.Text(".heading-kind"));
        // The agency is in the heading, so the number line is the order's own: number/B.E. year.
        Assert.Equal("ที่ ๑๒๓/๒๕๖๘", page.Text(".heading-number"));
        Assert.Equal("เรื่อง แต่งตั้งคณะทำงาน", Squeeze(page.Text(".heading-subject")));
        Assert.Equal("สั่ง ณ วันที่ ๗ มกราคม พ.ศ. ๒๕๖๘", page.Text(".issued-on"));
        Assert.Equal("2025-01-07", page.One(".issued-on time").GetAttribute("datetime"));
        Assert.Equal("(นายทดสอบ ระบบ)", page.Text(".signer-name"));
        Assert.Equal(2, page.Document.QuerySelectorAll(".letter-body p").Length);
        Assert.Empty(page.Document.QuerySelectorAll(OtherFormsParts));
        Assert.Empty(page.Document.QuerySelectorAll(".heading-ref, .annex-references, .annex-enclosures"));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task An_order_without_an_issuer_is_headed_by_its_agencys_name_and_a_letters_ref_is_printed_as_written()
    {
        _site.WithCircular("content/circulars/moi.md", "มท ๐๘๑๐.๓/๕", "2025-03-01", "มอบหมายงาน", "type: order")
            .WithCircular("content/circulars/first.md", "นพ ๑/๒๕๖๘", "2025-01-02", "คำสั่งแรกของปี", "type: order")
            .WithCircular("content/circulars/office.md", "นพ ๐๐๒๓/๒๕๐๐", "2025-01-03", "เลขที่ของส่วนราชการ", "type: order");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));

        var moi = Page("moi");
        Assert.Equal("คำสั่งกระทรวงมหาดไทย", moi.Text(".heading-kind"));
        Assert.Equal("ที่ มท ๐๘๑๐.๓/๕", moi.Text(".heading-number"));
        // An office number (it starts with ๐) before a number that could be a year is still a letter's ref.
        Assert.Equal("ที่ นพ ๐๐๒๓/๒๕๐๐", Page("office").Text(".heading-number"));

        // Order no. 1 of a year: a one-digit number, which a letter's ref never has, is read as an order's.
        var first = Page("first");
        Assert.Equal("คำสั่งจังหวัดนครพนม", first.Text(".heading-kind"));
        Assert.Equal("ที่ ๑/๒๕๖๘", first.Text(".heading-number"));
        Assert.Equal("ที่ นพ ๑/๒๕๖๘", first.Text("nav.breadcrumb .ref"));
    }

    [Fact]
    public async Task An_order_on_a_site_of_arabic_digits_prints_its_number_and_date_in_them()
    {
        using var site = new TestSite("title: ทดสอบ\nbaseUrl: /\ndigits: arabic\n");
        site.WithCircular("content/circulars/order.md", "นพ ๑๒๓/๒๕๖๘", "๗ มกราคม ๒๕๖๘", "แต่งตั้ง", "type: order");
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = new HtmlPage(site.ReadOutput("circulars/order/index.html"));
        Assert.Equal("ที่ 123/2568", page.Text(".heading-number"));
        Assert.Equal("สั่ง ณ วันที่ 7 มกราคม พ.ศ. 2568", page.Text(".issued-on"));
    }

    [Fact]
    public async Task An_announcement_prints_its_centred_heading_with_the_ref_small_under_it_then_the_date_it_was_made()
    {
        _site.WithCircular("content/circulars/notice.md", "มท ๐๘๑๐.๓/ว ๙๐", "2025-02-03", "รับสมัครศูนย์ราชการสะดวก",
            "type: announcement\nissuer: กรมส่งเสริมการปกครองท้องถิ่น\n" + Signer, "ด้วยกรมประสงค์จะรับสมัคร");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Messages(result));

        var page = Page("notice");
        page.AssertInOrder(".centred-heading .heading-kind", ".centred-heading .heading-ref", ".centred-heading .heading-subject h1.title",
            ".centred-heading hr.heading-rule", ".letter-body", ".issued-on", ".letter-signature .signer-name");
        Assert.Equal("ประกาศกรมส่งเสริมการปกครองท้องถิ่น", page.Text(".heading-kind"));
        Assert.Equal("ที่ มท ๐๘๑๐.๓/ว ๙๐", page.Text(".heading-ref"));
        Assert.Equal("เรื่อง รับสมัครศูนย์ราชการสะดวก", Squeeze(page.Text(".heading-subject")));
        Assert.Equal("ประกาศ ณ วันที่ ๓ กุมภาพันธ์ พ.ศ. ๒๕๖๘", page.Text(".issued-on"));
        Assert.Empty(page.Document.QuerySelectorAll(OtherFormsParts));
        Assert.Empty(page.Document.QuerySelectorAll(".heading-number"));
    }

    [Fact]
    public async Task What_the_form_has_no_row_for_but_the_site_links_follows_the_signature()
    {
        _site.WithCircular("content/circulars/dla.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือกรม")
            .With("content/circulars/notice/index.md", TestSite.CircularText("มท ๐๘๑๐.๓/ว ๙๐", "2025-02-03", "รับสมัคร", """
                type: announcement
                references:
                  - ref: มท ๐๘๑๐.๓/ว ๗๖
                    date: 2025-01-07
                    title: หนังสือกรมส่งเสริมการปกครองท้องถิ่น
                enclosures:
                  - title: ใบสมัคร
                    file: form.txt
                signer:
                  name: นายประกาศ
                """))
            .With("content/circulars/notice/form.txt", "ใบสมัคร\n");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("notice");
        page.AssertInOrder(".letter-body", ".issued-on", ".letter-signature", ".annex-references", ".annex-enclosures");
        Assert.Equal("อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘", Squeeze(page.Text(".annex-references")));
        Assert.Equal("/circulars/dla/", page.One(".annex-references a.circular-link").GetAttribute("href"));
        Assert.Equal("แนบท้ายประกาศ", page.Text(".annex-enclosures .label"));
        Assert.Equal("ใบสมัคร", page.Text(".annex-enclosures .enclosure-title"));
        Assert.Equal("/circulars/notice/form.txt", page.One(".annex-enclosures a.download").GetAttribute("href"));

        // The cited letter still lists the announcement among the letters that cite it.
        Assert.Equal(["/circulars/notice/"], Page("dla").Document.QuerySelectorAll(".cited-by a.title").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_directive_keeps_the_external_letters_form_with_its_closing()
    {
        _site.WithCircular("content/circulars/directive.md", "มท ๐๘๑๐.๓/ว ๙๑", "2025-02-04", "ให้อำเภอเฝ้าระวังจุดความร้อน",
            "type: directive\nissuer: กรมส่งเสริมการปกครองท้องถิ่น\nto: ผู้ว่าราชการจังหวัด ทุกจังหวัด\n" + Signer + "contact:\n  unit: กองกลาง\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Messages(result));

        var page = Page("directive");
        page.AssertInOrder(".letter-head .ref", ".letter-head .date", ".letter-fields h1.title", ".letter-fields .to", ".letter-body",
            ".letter-signature .closing", ".letter-signature .signer-name", ".letter-contact");
        Assert.Equal("ขอแสดงความนับถือ", page.Text(".closing"));
        Assert.Equal("หนังสือสั่งการ", page.Text(".letter-marks .type"));
        Assert.Empty(page.Document.QuerySelectorAll(".centred-heading, .issued-on"));
    }

    private HtmlPage Page(string slug) => new(_site.ReadOutput($"circulars/{slug}/index.html"));

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
