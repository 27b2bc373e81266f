using System.Text.Json;

using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// Letters whose ref has no agency letters (an order numbered under its heading) or that have no ref (an
/// announcement), and citations of what has no ref (a law, a cabinet resolution): their pages, the pages citing
/// them, the listings, feeds, sitemap and catalogs.
/// </summary>
public sealed class UnletteredRefPagesTests : IDisposable
{
    private const string Announcement = """
        ---
        date: ๒๐ มกราคม ๒๕๖๘
        title: รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป
        type: announcement
        issuer: กรมส่งเสริมการปกครองท้องถิ่น
        ---
        ด้วยกรมส่งเสริมการปกครองท้องถิ่นประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป
        """;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_heading_of_two_lines_prints_with_its_space_and_a_district_office_is_linked_by_its_number()
    {
        _site.WithCircular("content/circulars/tambon.md", "ที่ ๗/๒๕๖๘", "2025-01-10", "รับสมัครบุคคล", "type: announcement\nissuer: องค์การบริหารส่วนตำบลนาแก อำเภอนาแก")
            .WithCircular("content/circulars/district.md", "ที่ ๕/๒๕๖๘", "2025-01-15", "แต่งตั้งคณะกรรมการ", "type: order\nissuer: สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑")
            .WithCircular("content/circulars/letter.md", "นพ ๐๐๒๓.๓/ว ๓๐๑", "2025-01-20", "ส่งสำเนาคำสั่ง",
                "references:\n  - ref: คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘");
        var result = await _site.BuildAsync();
        Assert.Empty(TestSite.Messages(result));

        // The key drops spaces; the page prints the heading as written.
        Assert.Equal("ประกาศองค์การบริหารส่วนตำบลนาแก อำเภอนาแก ที่ ๗/๒๕๖๘", Page("tambon").Text("nav.breadcrumb .ref.ref-headed"));
        var letter = Page("letter");
        Assert.Equal("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘", letter.Text(".references .circular-link"));
        Assert.Equal("/circulars/district/", letter.One(".references .circular-link").GetAttribute("href"));
    }

    [Fact]
    public async Task An_order_numbered_under_its_heading_prints_its_number_and_is_linked_by_the_letter_citing_it()
    {
        _site.WithCircular("content/circulars/fire.md", "ที่ ๑๒๓/๒๕๖๘", "๑๐ กุมภาพันธ์ ๒๕๖๘", "แต่งตั้งคณะกรรมการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน",
                "type: order\nissuer: จังหวัดนครพนม\nsigner:\n  name: นายทดสอบ ระบบ\n  position: ผู้ว่าราชการจังหวัดนครพนม")
            .WithCircular("content/circulars/letter.md", "นพ ๐๐๒๓.๓/ว ๓๐๑", "2025-02-12", "ส่งสำเนาคำสั่งแต่งตั้งคณะกรรมการ", """
                references:
                  - ref: คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘
                    date: ๑๐ กุมภาพันธ์ ๒๕๖๘
                  - ref: คำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๘
                """);
        var result = await _site.BuildAsync();
        Assert.Equal(["content/circulars/letter.md:8:5: warning: reference ref 'คำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๘' matches no published circular; it is shown as plain text"],
            TestSite.Messages(result));

        var order = Page("fire");
        Assert.Equal("คำสั่งจังหวัดนครพนม", order.Text(".heading-kind"));
        Assert.Equal("ที่ ๑๒๓/๒๕๖๘", order.Text(".heading-number"));
        // Named in full, too long for one line of a phone: it may break.
        Assert.Equal("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", order.Text("nav.breadcrumb .ref.ref-headed"));
        Assert.Contains("(คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘)", order.Text("title"), StringComparison.Ordinal);
        Assert.Contains("/circulars/letter/", order.One(".cited-by a").GetAttribute("href"), StringComparison.Ordinal);

        var letter = Page("letter");
        Assert.Equal("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", letter.Text(".references .circular-link"));
        Assert.Equal("/circulars/fire/", letter.One(".references .circular-link").GetAttribute("href"));
        // Not linked, and printed as written: no ที่ before its heading.
        Assert.Equal("คำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๘", letter.Text(".references .circular-ref.ref-headed"));
        Assert.Empty(Page("fire").Document.QuerySelectorAll(".cited-by .ref-headed"));

        // No agency letters, but its issuing body is agencies.yml's นพ: filed there, in the listing and the catalogs.
        Assert.Contains("/circulars/fire/", _site.ReadOutput("agencies/นพ/index.html"), StringComparison.Ordinal);
        using var catalog = JsonDocument.Parse(_site.ReadOutput("catalog.json"));
        var entry = catalog.RootElement.GetProperty("circulars").EnumerateArray().Single(c => c.GetProperty("url").GetString() == "/circulars/fire/");
        Assert.Equal("คำสั่งจังหวัดนครพนมที่123/2568", entry.GetProperty("normalizedRef").GetString());
        Assert.Equal("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", entry.GetProperty("ref").GetString());
        Assert.Equal("นพ", entry.GetProperty("agency").GetString());
        Assert.Equal("จังหวัดนครพนม", entry.GetProperty("agencyName").GetString());
    }

    [Fact]
    public async Task An_order_whose_issuer_abbreviates_the_province_is_cited_by_the_full_name_and_filed_under_it()
    {
        _site.WithCircular("content/circulars/fire.md", "ที่ ๑๒๓/๒๕๖๘", "2025-02-10", "แต่งตั้งคณะกรรมการ", "type: order\nissuer: จ.นครพนม")
            .WithCircular("content/circulars/letter.md", "นพ ๐๐๒๓.๓/ว ๓๐๑", "2025-02-12", "ส่งสำเนาคำสั่ง",
                "references:\n  - ref: คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘\n    date: 2025-02-10");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));
        Assert.Empty(TestSite.Messages(result));

        Assert.Equal("คำสั่งจ.นครพนม", Page("fire").Text(".heading-kind"));
        Assert.Equal("/circulars/fire/", Page("letter").One(".references .circular-link").GetAttribute("href"));
        Assert.Contains("/circulars/fire/", _site.ReadOutput("agencies/นพ/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_office_written_short_with_arabic_digits_is_filed_under_its_name_in_thai_digits()
    {
        _site.With("content/agencies.yml", TestSite.DefaultAgenciesYml + "ปน: สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑\n")
            .WithCircular("content/circulars/district.md", "ที่ ๕/๒๕๖๘", "2025-01-15", "แต่งตั้งคณะทำงาน", "type: order\nissuer: สพป.นครพนม เขต 1");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));

        Assert.Equal("ปน", Assert.Single(result.Site!.Circulars).AgencyCode);
    }

    [Fact]
    public async Task Orders_and_announcements_without_letters_are_filed_under_their_bodys_code_or_none()
    {
        _site.WithCircular("content/circulars/nakhon.md", "คำสั่ง จังหวัด นครพนม ที่ ๕/๒๕๖๘", "2025-01-03", "แต่งตั้ง", "type: order")
            .WithCircular("content/circulars/sakon.md", "ที่ ๖/๒๕๖๘", "2025-01-04", "แต่งตั้งอีกชุด", "type: order\nissuer: จังหวัดสกลนคร")
            .With("content/circulars/notice.md", "---\ndate: 2025-01-05\ntitle: ประกาศรับสมัคร\ntype: announcement\nissuer: |-\n  จ. นครพนม\n  ศาลากลางจังหวัด\n---\nข้อความ\n");
        Assert.True((await _site.BuildAsync()).Succeeded);

        using var catalog = JsonDocument.Parse(_site.ReadOutput("catalog.json"));
        var agencies = catalog.RootElement.GetProperty("circulars").EnumerateArray()
            .ToDictionary(c => c.GetProperty("url").GetString()!, c => c.GetProperty("agency").GetString());
        Assert.Equal("นพ", agencies["/circulars/nakhon/"]);
        Assert.Equal("นพ", agencies["/circulars/notice/"]);
        // จังหวัดสกลนคร is not in this site's agencies.yml.
        Assert.Null(agencies["/circulars/sakon/"]);
        Assert.DoesNotContain("/circulars/sakon/", string.Concat(Directory.GetFiles(Path.Combine(_site.OutputDirectory, "agencies"), "*.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText)), StringComparison.Ordinal);
        Assert.Contains("/circulars/notice/", _site.ReadOutput("agencies/นพ/feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_whose_ref_names_its_heading_is_headed_so_without_an_issuer()
    {
        _site.WithCircular("content/circulars/a.md", "คำสั่ง จังหวัดนครพนม ที่ ๕/๒๕๖๘", "2025-01-03", "แต่งตั้ง", "type: order");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Messages(result));

        Assert.Equal("คำสั่งจังหวัดนครพนม", Page("a").Text(".heading-kind"));
        Assert.Equal("ที่ ๕/๒๕๖๘", Page("a").Text(".heading-number"));
    }

    [Fact]
    public async Task An_announcement_numbered_under_its_heading_shows_its_number_alone_under_the_heading()
    {
        _site.WithCircular("content/circulars/a.md", "๗/๒๕๖๘", "2025-01-20", "ผลการเลือกสรร", "type: announcement\nissuer: กรมส่งเสริมการปกครองท้องถิ่น");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("a");
        Assert.Equal("ประกาศกรมส่งเสริมการปกครองท้องถิ่น", page.Text(".heading-kind"));
        Assert.Equal("ที่ ๗/๒๕๖๘", page.Text(".heading-ref"));
    }

    [Fact]
    public async Task An_announcement_without_a_ref_has_no_number_line_and_every_list_and_catalog_still_has_it()
    {
        _site.With("content/circulars/hiring.md", Announcement)
            .WithCircular("content/circulars/letter.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือกรม");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));
        Assert.Empty(TestSite.Messages(result));

        var page = Page("hiring");
        Assert.Equal("ประกาศกรมส่งเสริมการปกครองท้องถิ่น", page.Text(".heading-kind"));
        Assert.Empty(page.Document.QuerySelectorAll(".heading-ref, article .ref"));
        // The browser's tab names it by its heading, as it names a numbered letter by its ref (site probe 9).
        Assert.Equal("รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป (ประกาศกรมส่งเสริมการปกครองท้องถิ่น) | ทดสอบ", page.Text("title"));
        Assert.Equal("รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป", page.Text("nav.breadcrumb [aria-current]"));
        // A title wraps as text does: not a .ref, which the stylesheet keeps on one line (it would overflow a phone).
        Assert.Empty(page.Document.QuerySelectorAll("nav.breadcrumb .ref"));
        Assert.Equal("ประกาศ ณ วันที่ ๒๐ มกราคม พ.ศ. ๒๕๖๘", page.Text(".issued-on"));

        var home = new HtmlPage(_site.ReadOutput("index.html"));
        var summary = home.Document.QuerySelectorAll(".circular-summary").Single(li => li.TextContent.Contains("รับสมัคร", StringComparison.Ordinal));
        Assert.Null(summary.QuerySelector(".ref"));

        var feed = _site.ReadOutput("feed.xml");
        // The feed and the catalogs name it as it is cited, heading first (site probe 10: the subject alone said not whose).
        Assert.Contains("<title>ประกาศกรมส่งเสริมการปกครองท้องถิ่น เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป</title>", feed, StringComparison.Ordinal);
        Assert.Contains("circulars/hiring/", _site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);

        var csv = _site.ReadOutput("catalog.csv").Split("\r\n");
        Assert.Contains(csv, row => row.StartsWith(",,2025-01-20,2568,2568,ประกาศกรมส่งเสริมการปกครองท้องถิ่น เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป,announcement,,,,", StringComparison.Ordinal));
        using var catalog = JsonDocument.Parse(_site.ReadOutput("catalog.json"));
        var entry = catalog.RootElement.GetProperty("circulars").EnumerateArray().Single(c => c.GetProperty("url").GetString() == "/circulars/hiring/");
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("ref").ValueKind);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("normalizedRef").ValueKind);
    }

    [Fact]
    public async Task A_law_or_cabinet_resolution_is_cited_by_its_title_and_date_as_text_without_a_warning()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-03-20", "แนวทางการจ่ายเงินอุดหนุน", """
            references:
              - title: มติคณะรัฐมนตรีเมื่อวันที่ ๑๒ มีนาคม ๒๕๖๘
              - title: ระเบียบกระทรวงมหาดไทยว่าด้วยเงินอุดหนุนขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๕๙
                date: 2016-08-31
            """);
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Messages(result));

        var items = Page("a").Document.QuerySelectorAll(".references li");
        Assert.Equal(2, items.Length);
        Assert.Equal("มติคณะรัฐมนตรีเมื่อวันที่ ๑๒ มีนาคม ๒๕๖๘", items[0].TextContent.Trim());
        Assert.Equal("ระเบียบกระทรวงมหาดไทยว่าด้วยเงินอุดหนุนขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๕๙ ลงวันที่ ๓๑ สิงหาคม ๒๕๕๙",
            string.Join(' ', items[1].TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Empty(Page("a").Document.QuerySelectorAll(".references a, .references .circular-ref"));
    }

    private HtmlPage Page(string slug) => new(_site.ReadOutput($"circulars/{slug}/index.html"));
}
