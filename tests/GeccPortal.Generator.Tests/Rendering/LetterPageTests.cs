using System.Text;

using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// A circular's own page: the memo (บันทึกข้อความ) layout of an internal letter, what the site adds to
/// enclosures, the breadcrumb, link names that tell links apart, and parts of free text kept whole on a line.
/// </summary>
public sealed class LetterPageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_internal_letter_is_laid_out_as_a_memo_form()
    {
        _site.WithCircular("content/circulars/memo.md", "มท ๐๒๑๘.๑/ว ๕๐๐", "2025-03-03", "เรื่องบันทึก", """
            type: internal
            issuer: |-
              สำนักงานปลัดกระทรวงมหาดไทย
              ศูนย์บริการประชาชน
            to: หัวหน้าส่วนราชการ
            enclosures:
              - title: แบบตอบรับ
            signer:
              name: นายทดสอบ ระบบ
              position: ปลัดกระทรวงมหาดไทย
            contact:
              unit: ศูนย์บริการประชาชน
              phone: ๐ ๒๖๒๒ ๐๙๖๐
              email: center@example.go.th
            """, "ขอให้ดำเนินการ\n\nจึงเรียนมาเพื่อโปรดทราบ");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("memo");
        Assert.Equal("บันทึกข้อความ", page.Text(".memo-heading"));
        page.AssertInOrder(".memo-heading", ".memo-office", ".memo-ref-date", ".memo-subject h1.title", ".memo-to", ".letter-body",
            ".letter-signature", ".memo-enclosures", ".letter-contact");
        // ส่วนราชการ: the issuer on one line, then the phone; ที่ and วันที่ share a row.
        Assert.Equal("ส่วนราชการ สำนักงานปลัดกระทรวงมหาดไทย ศูนย์บริการประชาชน โทร. ๐ ๒๖๒๒ ๐๙๖๐", Squeeze(page.Text(".memo-office")));
        Assert.Equal("ที่ มท ๐๒๑๘.๑/ว ๕๐๐ วันที่ ๓ มีนาคม ๒๕๖๘", Squeeze(page.Text(".memo-ref-date")));
        Assert.Equal("2025-03-03", page.One(".memo-ref-date time").GetAttribute("datetime"));
        Assert.Equal("เรื่อง เรื่องบันทึก", Squeeze(page.Text(".memo-subject")));
        Assert.Equal("เรียน หัวหน้าส่วนราชการ", Squeeze(page.Text(".memo-to")));
        Assert.Equal("แบบตอบรับ", page.Text(".memo-enclosures .enclosures"));
        // A memo has no closing, no external letter's head or field list, and its phone is not printed twice;
        // its unit, already named as ส่วนราชการ, is not repeated at the foot either.
        Assert.Empty(page.Document.QuerySelectorAll(".closing, .letter-head, .letter-fields"));
        Assert.Empty(page.Document.QuerySelectorAll(".letter-contact .contact-phone, .letter-contact .contact-unit"));
        Assert.Equal("center@example.go.th", page.Text(".letter-contact .contact-email a"));
    }

    [Fact]
    public async Task A_memo_without_an_issuer_names_its_drafting_unit_and_an_external_letter_keeps_its_layout()
    {
        _site.WithCircular("content/circulars/memo.md", "มท ๐๒๑๘.๑/ว ๕๐๐", "2025-03-03", "บันทึก", """
            type: internal
            contact:
              unit: กองกลาง
            """)
            .WithCircular("content/circulars/letter.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", "issuer: กรมส่งเสริมการปกครองท้องถิ่น\nsigner:\n  name: นายก\n");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var memo = Page("memo");
        Assert.Equal("ส่วนราชการ กองกลาง", Squeeze(memo.Text(".memo-office")));
        Assert.Empty(memo.Document.QuerySelectorAll(".letter-contact"));

        var letter = Page("letter");
        Assert.Empty(letter.Document.QuerySelectorAll(".memo-heading, .memo-fields"));
        letter.AssertInOrder(".letter-head .ref", ".letter-head .issuer", ".letter-head .date", ".letter-fields h1.title", ".letter-body", ".letter-signature .closing");
    }

    [Fact]
    public async Task An_enclosed_circular_on_the_site_is_a_labelled_link_apart_from_the_enclosure_title()
    {
        _site.WithCircular("content/circulars/memo.md", "มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒", "2024-12-25", "บันทึก", "type: internal")
            .WithCircular("content/circulars/letter.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", """
                enclosures:
                  - title: สำเนาหนังสือ ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒ ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗
                    ref: มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒
                    date: 2024-12-25
                  - title: หนังสือกระทรวงการคลัง
                    ref: กค ๐๔๐๕.๒/ว ๑๑๙
                    date: 2025-01-10
                """);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("letter");
        var items = page.Document.QuerySelectorAll(".enclosures > li");
        var published = items[0];
        // The title reads as the letter prints it; the site's link is on its own, labelled, with the date.
        Assert.Equal("สำเนาหนังสือ ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒ ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗", published.QuerySelector(".enclosure-title")!.TextContent);
        Assert.Empty(published.QuerySelectorAll(".enclosure-title a"));
        var link = published.QuerySelector(".enclosure-link")!;
        Assert.Equal("อ่านฉบับนี้ที่เว็บไซต์: ที่ มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒ ลงวันที่ ๒๕ ธันวาคม ๒๕๖๗", Squeeze(link.TextContent));
        Assert.Equal("/circulars/memo/", link.QuerySelector("a.circular-link")!.GetAttribute("href"));
        Assert.Equal("2024-12-25", link.QuerySelector("time")!.GetAttribute("datetime"));

        // A ref that is not on the site is plain text, with the enclosure's date.
        var elsewhere = items[1];
        Assert.Empty(elsewhere.QuerySelectorAll("a"));
        Assert.Equal("ที่ กค ๐๔๐๕.๒/ว ๑๑๙ ลงวันที่ ๑๐ มกราคม ๒๕๖๘", Squeeze(elsewhere.QuerySelector(".enclosure-ref")!.TextContent));
    }

    [Fact]
    public async Task An_enclosure_not_published_here_whose_title_prints_its_ref_or_date_is_not_followed_by_them_again()
    {
        // Site probe, 2026-11-29: under ๒. สำเนาหนังสือ… ที่ สธ ๐๒๑๑.๐๓/ว ๙๙๙ ลงวันที่ ๑ กุมภาพันธ์ ๒๕๖๘ the page
        // printed ที่ สธ ๐๒๑๑.๐๓/ว ๙๙๙ ลงวันที่ ๑ กุมภาพันธ์ ๒๕๖๘ again.
        _site.WithCircular("content/circulars/letter.md", "สธ ๐๔๑๘/ว ๘๘", "2025-03-26", "หนังสือ", """
                enclosures:
                  - title: สำเนาหนังสือกระทรวงสาธารณสุข ที่ สธ ๐๒๑๑.๐๓/ว ๙๙๙ ลงวันที่ ๑ กุมภาพันธ์ ๒๕๖๘
                    ref: สธ ๐๒๑๑.๐๓/ว ๙๙๙
                    date: ๑ กุมภาพันธ์ ๒๕๖๘
                  - title: สำเนาหนังสือกระทรวงสาธารณสุข ที่ สธ ๐๒๑๑.๐๓/ว ๙๙๘
                    ref: สธ ๐๒๑๑.๐๓/ว ๙๙๘
                    date: ๓๑ มกราคม ๒๕๖๘
                  - title: สำเนาหนังสือกระทรวงสาธารณสุข ลงวันที่ ๓๐ มกราคม ๒๕๖๘
                    ref: สธ ๐๒๑๑.๐๓/ว ๙๙๗
                    date: ๓๐ มกราคม ๒๕๖๘
                """);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var items = Page("letter").Document.QuerySelectorAll(".enclosures > li");
        Assert.Null(items[0].QuerySelector(".enclosure-ref"));
        Assert.Equal("ลงวันที่ ๓๑ มกราคม ๒๕๖๘", Squeeze(items[1].QuerySelector(".enclosure-ref")!.TextContent));
        Assert.Equal("ที่ สธ ๐๒๑๑.๐๓/ว ๙๙๗", Squeeze(items[2].QuerySelector(".enclosure-ref")!.TextContent));
    }

    [Fact]
    public async Task References_read_title_ref_and_date_in_a_letter_and_in_a_memo()
    {
        _site.WithCircular("content/circulars/dla.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือกรม")
            .WithCircular("content/circulars/letter.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2025-01-23", "หนังสือจังหวัด", """
                references:
                  - ref: มท ๐๘๑๐.๓/ว ๗๖
                    date: 2025-01-07
                    title: หนังสือกรมส่งเสริมการปกครองท้องถิ่น
                """)
            .WithCircular("content/circulars/memo.md", "มท ๐๒๑๘.๑/ว ๕๐๐", "2025-03-03", "บันทึก", """
                type: internal
                references:
                  - ref: มท ๐๘๑๐.๓/ว ๗๖
                """);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var letter = Page("letter");
        Assert.Equal("หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘", Squeeze(letter.Text(".letter-fields .references")));
        Assert.Equal("/circulars/dla/", letter.One(".references a.circular-link").GetAttribute("href"));

        var memo = Page("memo");
        memo.AssertInOrder(".memo-to, .memo-subject", ".memo-references", ".letter-body");
        Assert.Equal("อ้างถึง ที่ มท ๐๘๑๐.๓/ว ๗๖", Squeeze(memo.Text(".memo-references")));
    }

    [Fact]
    public async Task Download_links_name_their_file_and_an_unreadable_file_says_it_may_not_open()
    {
        _site.With("content/circulars/report/index.md", TestSite.CircularText("มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "รายงาน", """
                enclosures:
                  - title: ตาราง
                    file: table.txt
                  - title: ไฟล์เสีย
                    file: broken.pdf
                """))
            .With("content/circulars/report/table.txt", Encoding.UTF8.GetBytes("ตารางการประชุม\n"))
            .With("content/circulars/report/broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\nnot a pdf body at all\n"));
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("report");
        var downloads = page.Document.QuerySelectorAll(".enclosures a.download").Select(a => Squeeze(a.TextContent)).ToList();
        Assert.Equal(2, downloads.Count);
        Assert.EndsWith("ไฟล์ table.txt", downloads[0]);
        Assert.EndsWith("ไฟล์ broken.pdf", downloads[1]);
        Assert.Equal(downloads.Count, downloads.Distinct().Count());

        var items = page.Document.QuerySelectorAll(".enclosures > li");
        Assert.Empty(items[0].QuerySelectorAll(".note"));
        Assert.Contains("ไฟล์อาจเสียหาย", items[1].QuerySelector(".note")!.TextContent);
        Assert.Empty(items[1].QuerySelectorAll(".text-view"));
    }

    [Fact]
    public async Task A_letter_page_has_a_breadcrumb_and_its_links_have_names_that_tell_them_apart()
    {
        // Two letters of a chain often share a title; one cites the other, so the page lists both.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่องเดียวกัน")
            .WithCircular("content/circulars/b.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2025-01-23", "เรื่องเดียวกัน", "enclosures:\n  - title: สำเนา\n    ref: มท ๐๘๑๐.๓/ว ๗๖\n");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("a");
        var crumbs = page.Document.QuerySelectorAll("nav.breadcrumb a").Select(a => (a.GetAttribute("href"), Squeeze(a.TextContent))).ToList();
        Assert.Equal([("/", "หน้าแรก"), ("/fiscal-years/2568/", "ปีงบประมาณ ๒๕๖๘")], crumbs);
        Assert.Equal("ที่ มท ๐๘๑๐.๓/ว ๗๖", page.Text("nav.breadcrumb .ref[aria-current=page]"));

        // The fiscal-year and B.E.-year facts both show ๒๕๖๘; their link names say which is which.
        var facts = page.Document.QuerySelectorAll(".letter-facts a").Select(a => Squeeze(a.TextContent)).ToList();
        Assert.Contains("ปีงบประมาณ ๒๕๖๘", facts);
        Assert.Contains("พ.ศ. ๒๕๖๘", facts);
        Assert.Equal("๒๕๖๘", page.Document.QuerySelector(".letter-facts a")!.ChildNodes.Last().TextContent);

        // A title link carries its ref, unseen, so same-titled letters have different link names.
        var home = new HtmlPage(_site.ReadOutput("index.html"));
        var names = home.Document.QuerySelectorAll(".latest a.title").Select(a => Squeeze(a.TextContent)).ToList();
        Assert.Equal(["เรื่องเดียวกัน (ที่ นพ ๐๐๒๓.๓/ว ๒๗๔)", "เรื่องเดียวกัน (ที่ มท ๐๘๑๐.๓/ว ๗๖)"], names);
        Assert.Equal("(ที่ นพ ๐๐๒๓.๓/ว ๒๗๔)", Squeeze(page.One(".cited-by a.title .visually-hidden").TextContent));
    }

    [Fact]
    public async Task Refs_dates_postcodes_and_counts_in_free_text_are_kept_whole_on_a_line()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", """
            issuer: |-
              กรมส่งเสริมการปกครองท้องถิ่น
              ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐
            enclosures:
              - title: สำเนาหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒ ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗ จำนวน ๑ ชุด
            """);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("a");
        Assert.Equal(["ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒", "ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗", "จำนวน ๑ ชุด"], page.Texts(".enclosure-title .whole"));
        Assert.Equal(["กทม. ๑๐๓๐๐"], page.Texts(".issuer .whole"));
        // The text itself is unchanged: the lines of the address, the words of the title.
        Assert.Equal("สำเนาหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒ ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗ จำนวน ๑ ชุด", page.Text(".enclosure-title"));
        Assert.Single(page.Document.QuerySelectorAll(".issuer br"));
    }

    [Fact]
    public async Task Refs_dates_phones_and_counts_in_the_body_are_kept_whole_and_its_text_is_unchanged()
    {
        const string body = "สอบถามได้ที่ โทรศัพท์ ๐ ๒๒๘๓ ๔๔๘๕ ตามหนังสือ ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘ จำนวน ๒ ฉบับ และ `มท ๐๘๑๐.๓/ว ๗๖`";
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๗", "2025-01-08", "หนังสือ", body: body);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("a");
        Assert.Equal(["๐ ๒๒๘๓ ๔๔๘๕", "ที่ มท ๐๘๑๐.๓/ว ๗๖", "ลงวันที่ ๗ มกราคม ๒๕๖๘", "จำนวน ๒ ฉบับ"], page.Texts(".letter-body .whole"));
        // Code keeps its own text; the paragraph reads as written.
        Assert.Empty(page.Document.QuerySelectorAll(".letter-body code .whole"));
        Assert.Equal(body.Replace("`", ""), page.Text(".letter-body p"));
        // Excerpts (here the page's description) read the same text.
        Assert.StartsWith("สอบถามได้ที่ โทรศัพท์ ๐ ๒๒๘๓ ๔๔๘๕ ตามหนังสือ ที่ มท", page.One("meta[name=description]").GetAttribute("content"));
    }

    private HtmlPage Page(string slug) => new(_site.ReadOutput($"circulars/{slug}/index.html"));

    /// <summary>Text with its runs of white space (source indentation between elements) read as one space.</summary>
    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
