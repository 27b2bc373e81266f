using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>The content format: files and folders, front-matter keys, defaults, drafts, pages.</summary>
public sealed class ContentFormatTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Circular_file_and_circular_folder_both_give_a_page_at_their_name()
    {
        _site.WithCircular("content/circulars/2568/one-file.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ไฟล์เดียว")
            .WithCircular("content/circulars/bundle/index.md", "มท ๐๘๑๐.๓/ว ๗๗", "2025-01-08", "โฟลเดอร์",
                "enclosures:\n  - title: คู่มือ\n    file: docs/คู่มือ.docx")
            .With("content/circulars/bundle/docs/คู่มือ.docx", new byte[2048])
            .With("content/circulars/bundle/notes.md", "not a circular: a file inside a circular's folder");
        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));
        Assert.Equal(["bundle", "one-file"], result.Site!.Circulars.Select(c => c.Slug).Order());
        Assert.True(_site.OutputExists("circulars/one-file/index.html"));
        Assert.True(_site.OutputExists("circulars/bundle/docs/คู่มือ.docx"));
        var page = _site.ReadOutput("circulars/bundle/index.html");
        Assert.Contains("href=\"/circulars/bundle/docs/%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD.docx\"", page);
        Assert.Contains("ดาวน์โหลด DOCX, ๒ KB", page);
    }

    [Fact]
    public async Task Every_front_matter_key_reaches_the_model()
    {
        _site.WithCircular("content/circulars/a.md", "ที่ นพ ๐๐๒๓.๓/ว ๒๗๔", "๒๓ ม.ค. ๒๕๖๘", "เรื่องทดสอบ", """
            type: directive
            urgency: ด่วนมาก
            issuer: |-
              ศาลากลางจังหวัดนครพนม
              ถนนอภิบาลบัญชา
            to:
              - นายอำเภอทุกอำเภอ
              - นายกเทศมนตรีเมืองนครพนม
            references:
              - ref: มท ๐๘๑๐.๓/ว ๗๖
                date: ๗ มกราคม ๒๕๖๘
                title: หนังสือกรม
            signer:
              name: นายทดสอบ ระบบ
              position: ผู้ว่าราชการจังหวัด
            contact:
              unit: สำนักงานจังหวัด
              phone: ๐ ๔๒๕๑ ๕๗๒๐
              email: test@example.go.th
            tags: [GECC, ศูนย์ราชการสะดวก]
            slug: np-274
            """)
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือกรม", "to: ผู้ว่าราชการจังหวัด");
        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));
        var a = result.Site!.Circulars.Single(c => c.Slug == "np-274");
        var b = result.Site.Circulars.Single(c => c.Slug == "b");
        Assert.Equal("นพ0023.3/ว274", a.Ref?.Normalized);
        Assert.Equal(new DateOnly(2025, 1, 23), a.Date);
        Assert.Equal(2568, a.FiscalYear);
        Assert.Equal("directive", a.Type);
        Assert.Equal("ด่วนมาก", a.Urgency);
        Assert.Equal("ศาลากลางจังหวัดนครพนม\nถนนอภิบาลบัญชา", a.Issuer);
        Assert.Equal(["นายอำเภอทุกอำเภอ", "นายกเทศมนตรีเมืองนครพนม"], a.To);
        Assert.Same(b, Assert.Single(a.References).Target);
        Assert.Equal("นายทดสอบ ระบบ", a.Signer!.Name);
        Assert.Equal("test@example.go.th", a.Contact!.Email);
        Assert.Equal(["GECC", "ศูนย์ราชการสะดวก"], a.Tags);
        Assert.Equal("จังหวัดนครพนม", a.AgencyName);
        Assert.Equal(["ผู้ว่าราชการจังหวัด"], b.To);
        Assert.Equal([a], b.CitedBy);
    }

    [Fact]
    public async Task Fiscal_year_starts_in_october()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2024-10-01", "ต้นปีงบประมาณ");
        var result = await _site.BuildAsync();
        Assert.Equal(2568, result.Site!.Circulars[0].FiscalYear);
    }

    [Fact]
    public async Task Cited_by_lists_each_citing_circular_once_newest_first_and_never_itself()
    {
        const string Cites = "references:\n  - ref: มท ๐๘๑๐.๓/ว ๑\nenclosures:\n  - title: สำเนา\n    ref: มท ๐๘๑๐.๓/ว ๑";
        _site.WithCircular("content/circulars/origin.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-02", "ต้นเรื่อง", Cites)
            .WithCircular("content/circulars/early.md", "นพ ๐๐๒๓.๓/ว ๑", "2025-01-10", "ส่งต่อก่อน", Cites)
            .WithCircular("content/circulars/late.md", "นพ ๐๐๒๓.๓/ว ๒", "2025-02-10", "ส่งต่อทีหลัง", Cites);
        var result = await _site.BuildAsync();

        var origin = result.Site!.Circulars.Single(c => c.Slug == "origin");
        Assert.Equal(["late", "early"], origin.CitedBy.Select(c => c.Slug));
        Assert.Empty(result.Site.Circulars.Single(c => c.Slug == "late").CitedBy);
    }

    [Fact]
    public async Task Drafts_are_checked_but_not_published()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ร่างหนังสือลับเฉพาะกิจ", "draft: true")
            .With("content/pages/wip.md", "---\ntitle: หน้าร่าง\ndraft: true\n---\nร่าง\n");
        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Site!.Circulars);
        Assert.False(_site.OutputExists("circulars/a/index.html"));
        Assert.False(_site.OutputExists("wip/index.html"));
        Assert.DoesNotContain("ร่างหนังสือลับเฉพาะกิจ", _site.ReadOutput("index.html"));
        Assert.DoesNotContain("ร่างหนังสือลับเฉพาะกิจ", _site.ReadOutput("catalog.json"));
    }

    [Fact]
    public async Task Pages_are_published_at_their_folder_and_name()
    {
        _site.With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nเว็บไซต์นี้\n")
            .With("content/pages/help/search.md", "---\ntitle: วิธีค้นหา\nslug: how-to-search\n---\nพิมพ์คำค้น\n");
        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));
        Assert.Contains("<h1>เกี่ยวกับ</h1>", _site.ReadOutput("about/index.html"));
        Assert.Contains("พิมพ์คำค้น", _site.ReadOutput("help/how-to-search/index.html"));
        Assert.Contains("href=\"/about/\"", _site.ReadOutput("index.html"));
    }

    [Fact]
    public async Task Page_needs_a_title_and_a_free_url()
    {
        _site.With("content/pages/circulars.md", "---\ntitle: ชนกัน\n---\n")
            .With("content/pages/x.md", "---\nslug: y\n---\n");
        var result = await _site.CheckAsync();
        Assert.Equal(
            [
                "content/pages/circulars.md:1:1: error: the URL 'circulars/' is used by the generator; choose another slug",
                "content/pages/x.md:2:1: missing required key 'title'".Replace("2:1: ", "2:1: error: "),
            ],
            TestSite.Messages(result));
    }

    [Theory]
    [InlineData("search")]
    [InlineData("fiscal-years")]
    [InlineData("agencies")]
    [InlineData("tags")]
    [InlineData("api")]
    public async Task A_page_cannot_take_the_folder_of_a_listing_or_the_search(string slug)
    {
        _site.With($"content/pages/{slug}.md", "---\ntitle: ชนกัน\n---\n");
        var result = await _site.CheckAsync();
        Assert.Equal(
            [$"content/pages/{slug}.md:1:1: error: the URL '{slug}/' is used by the generator; choose another slug"],
            TestSite.Messages(result));
    }

    [Fact]
    public async Task Display_text_is_repaired_and_dates_are_thai()
    {
        _site.WithCircular("content/circulars/a.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2025-01-23", "สํานักงาน",
            "to: นายกองคํการบริหารส่วนจังหวัด", "ประจําปี");
        await _site.BuildAsync();
        var page = _site.ReadOutput("circulars/a/index.html");
        Assert.Contains("นายกองค์การบริหารส่วนจังหวัด", page);
        Assert.Contains("สำนักงาน", page);
        Assert.Contains("ประจำปี", page);
        Assert.DoesNotContain("ํ", page);
        Assert.Contains("๒๓ มกราคม ๒๕๖๘", page);
    }
}
